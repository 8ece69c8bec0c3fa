-- Tables read a department-year either whole (the SQL aggregate) or from a position onwards (the
-- in-memory cube catching up), so the index key is (department, fiscal_year, position). It replaces
-- fact_report_idx, which led with kind and so could not serve a position range.
CREATE INDEX fact_slice_idx ON query.fact (department, fiscal_year, position)
    INCLUDE (kind, unit, business_date, recorded_at, source, functional_code, expenditure_type,
             economic_code, amount_fen);
DROP INDEX query.fact_report_idx;
