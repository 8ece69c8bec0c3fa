-- A third kind of annotation: a passage of the report that only a person writes, named by its section
-- key (e.g. 13.4 = 十三（四）绩效自评结果应用情况). The key is kept in row_key; no table, code or unit.
ALTER TABLE query.annotation DROP CONSTRAINT annotation_target_shape;
ALTER TABLE query.annotation ADD CONSTRAINT annotation_target_shape CHECK (
    (target_kind = 'BUDGET_LINE' AND functional_code IS NOT NULL AND table_no IS NULL AND row_key IS NULL)
    OR (target_kind = 'TABLE_ROW' AND table_no IS NOT NULL AND row_key IS NOT NULL
        AND functional_code IS NULL AND unit IS NULL)
    OR (target_kind = 'REPORT_SECTION' AND row_key IS NOT NULL AND table_no IS NULL
        AND functional_code IS NULL AND unit IS NULL));
