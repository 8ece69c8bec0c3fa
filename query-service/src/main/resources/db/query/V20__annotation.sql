-- Explanations people write for the published report (why a line was over or under budget, what a
-- class of spending was for). Unlike everything else in this schema they are not derived from the event
-- store and cannot be rebuilt from it: a reset of the projection must leave this table alone.
-- Rows are only ever inserted: a newer annotation on the same target supersedes the older one, which
-- stays as history. The trigger below makes that a property of the table, not a habit of the code.
CREATE TABLE query.annotation (
    annotation_id   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    department      TEXT        NOT NULL,
    fiscal_year     INTEGER     NOT NULL,
    target_kind     VARCHAR(16) NOT NULL,
    -- BUDGET_LINE: a functional 项 of the year, for one unit or (unit NULL) the whole department
    unit            TEXT,
    functional_code VARCHAR(7),
    -- TABLE_ROW: a row of a disclosure table, by the table's central number and the row's key
    table_no        VARCHAR(2),
    row_key         TEXT,
    text            TEXT        NOT NULL,
    author          TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    CONSTRAINT annotation_target_shape CHECK (
        (target_kind = 'BUDGET_LINE' AND functional_code IS NOT NULL AND table_no IS NULL AND row_key IS NULL)
        OR (target_kind = 'TABLE_ROW' AND table_no IS NOT NULL AND row_key IS NOT NULL
            AND functional_code IS NULL AND unit IS NULL))
);

-- A report reads every annotation of one department-year at once; newest last.
CREATE INDEX annotation_year_idx ON query.annotation (department, fiscal_year, annotation_id);

CREATE FUNCTION query.annotation_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'annotations are never changed or removed; post a newer one instead';
END;
$$;

CREATE TRIGGER annotation_append_only BEFORE UPDATE OR DELETE ON query.annotation
    FOR EACH ROW EXECUTE FUNCTION query.annotation_append_only();
