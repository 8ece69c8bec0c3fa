package cn.gov.ledger.query.report;

import cn.gov.ledger.query.projection.ReferenceData;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What the report needs from query.fact beyond the nine tables: the budget by 项 (the tables print only
 * the "三公" budget) and project spending by project name. Read with the same slice as the tables.
 */
@Repository
class BudgetFacts {

    private static final String SLICE = """
            FROM query.fact WHERE department = ? AND fiscal_year = ? AND source = 'GENERAL_PUBLIC_BUDGET'
              AND business_date <= ? AND position <= ?""";

    private final JdbcTemplate jdbc;
    private final ReferenceData reference;

    BudgetFacts(JdbcTemplate jdbc, ReferenceData reference) {
        this.jdbc = jdbc;
        this.reference = reference;
    }

    /**
     * @param knownAt recording instant, or null for everything recorded up to {@code position}
     * @param unit    one unit, or null for the whole department
     */
    LineBudgets budgets(String department, int fiscalYear, String unit, LocalDate asOf, Instant knownAt, long position) {
        Map<String, Long> initial = new TreeMap<>();
        Map<String, Long> adjustments = new TreeMap<>();
        Query budget = slice("SELECT functional_code, kind, sum(amount_fen)", department, fiscalYear, unit, asOf,
                knownAt, position);
        jdbc.query(budget.sql() + " AND kind IN ('APPROPRIATION', 'ADJUSTMENT') GROUP BY functional_code, kind",
                rs -> {
                    (rs.getString(2).equals("APPROPRIATION") ? initial : adjustments)
                            .merge(rs.getString(1), rs.getLong(3), Long::sum);
                }, budget.args().toArray());
        Map<String, BigDecimal> projects = new LinkedHashMap<>();
        Query spent = slice("SELECT coalesce(project, ''), sum(amount_fen) AS spent", department, fiscalYear, unit,
                asOf, knownAt, position);
        jdbc.query(spent.sql() + " AND kind = 'EXPENDITURE' AND expenditure_type = 'PROJECT'"
                        + " GROUP BY 1 HAVING sum(amount_fen) <> 0 ORDER BY spent DESC, 1",
                rs -> {
                    projects.put(rs.getString(1), Amounts.ofFen(rs.getLong(2)));
                }, spent.args().toArray());
        return new LineBudgets(initial, adjustments, projects);
    }

    /** Whether a table request for the year would find the department-year (and unit) at all. */
    boolean yearExists(String department, int fiscalYear, String unit) {
        List<Object> args = new ArrayList<>(List.of(department, fiscalYear));
        String sql = "SELECT 1 FROM query.fact WHERE department = ? AND fiscal_year = ?";
        if (unit != null) {
            sql += " AND unit = ?";
            args.add(unit);
        }
        return !jdbc.query(sql + " LIMIT 1", (rs, row) -> 1, args.toArray()).isEmpty()
                || unit == null && reference.openedByClose(department, fiscalYear);
    }

    private static Query slice(String select, String department, int fiscalYear, String unit, LocalDate asOf,
                               Instant knownAt, long position) {
        List<Object> args = new ArrayList<>(List.of(department, fiscalYear, asOf, position));
        String sql = select + " " + SLICE;
        if (knownAt != null) {
            sql += " AND recorded_at <= ?";
            args.add(Timestamp.from(knownAt));
        }
        if (unit != null) {
            sql += " AND unit = ?";
            args.add(unit);
        }
        return new Query(sql, args);
    }

    private record Query(String sql, List<Object> args) {
    }
}
