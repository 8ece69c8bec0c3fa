package cn.gov.ledger.query.execution;

import cn.gov.ledger.query.slice.Slice;
import cn.gov.ledger.query.slice.SliceConditions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The budget and spending facts of a department-year in a position range, through fact_slice_idx (its key is
 * department, fiscal year, position). Line and project are not in the index, so rows are fetched from the
 * table: once per fact when the cache first reads a department-year, then only the few facts since.
 */
@Repository
class ExecutionRepository {

    private static final String FACTS = """
            SELECT kind, line_id, unit, source, functional_code, expenditure_type, project, economic_code,
                   business_date, recorded_at, position, amount_fen
            FROM query.fact
            WHERE kind IN ('APPROPRIATION', 'ADJUSTMENT', 'EXPENDITURE') AND department = ? AND fiscal_year = ?""";

    private final JdbcTemplate jdbc;

    ExecutionRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void facts(String department, int fiscalYear, long after, long upTo, FactHandler handler) {
        List<Object> args = new ArrayList<>(List.of(department, fiscalYear));
        String sql = FACTS + " AND " + SliceConditions.positions("", after, upTo, args);
        jdbc.query(sql, rs -> {
            boolean spent = rs.getString(1).equals("EXPENDITURE");
            LineKey line = new LineKey(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), rs.getString(7), spent ? null : rs.getString(8), !spent);
            LocalDate date = rs.getObject(9, LocalDate.class);
            Instant recorded = rs.getTimestamp(10).toInstant();
            // The write side keeps business dates inside the fiscal year; a stray one counts in its nearest month.
            int month = date.getYear() < fiscalYear ? 0 : date.getYear() > fiscalYear ? 11 : date.getMonthValue() - 1;
            handler.fact(new ExecutionFact(line, spent, Math.toIntExact(date.toEpochDay()), month,
                    Slice.micros(recorded), rs.getLong(11), rs.getLong(12)));
        }, args.toArray());
    }

    @FunctionalInterface
    interface FactHandler {
        void fact(ExecutionFact fact);
    }
}
