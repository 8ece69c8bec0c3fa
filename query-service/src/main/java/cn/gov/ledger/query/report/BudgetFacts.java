package cn.gov.ledger.query.report;

import cn.gov.ledger.query.slice.Slice;
import cn.gov.ledger.query.slice.SliceConditions;
import java.math.BigDecimal;
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

    private final JdbcTemplate jdbc;

    BudgetFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    LineBudgets budgets(Slice slice) {
        Map<String, Long> initial = new TreeMap<>();
        Map<String, Long> adjustments = new TreeMap<>();
        List<Object> budgetArgs = new ArrayList<>();
        jdbc.query("SELECT functional_code, kind, sum(amount_fen) " + general(slice, budgetArgs)
                        + " AND kind IN ('APPROPRIATION', 'ADJUSTMENT') GROUP BY functional_code, kind",
                rs -> {
                    (rs.getString(2).equals("APPROPRIATION") ? initial : adjustments)
                            .merge(rs.getString(1), rs.getLong(3), Long::sum);
                }, budgetArgs.toArray());
        Map<String, BigDecimal> projects = new LinkedHashMap<>();
        List<Object> spentArgs = new ArrayList<>();
        jdbc.query("SELECT coalesce(project, ''), sum(amount_fen) AS spent " + general(slice, spentArgs)
                        + " AND kind = 'EXPENDITURE' AND expenditure_type = 'PROJECT'"
                        + " GROUP BY 1 HAVING sum(amount_fen) <> 0 ORDER BY spent DESC, 1",
                rs -> {
                    projects.put(rs.getString(1), Amounts.ofFen(rs.getLong(2)));
                }, spentArgs.toArray());
        return new LineBudgets(initial, adjustments, projects);
    }

    /** The slice's facts paid from the general public budget. */
    private static String general(Slice slice, List<Object> args) {
        return "FROM query.fact WHERE " + SliceConditions.facts("", slice, args)
                + " AND source = 'GENERAL_PUBLIC_BUDGET'";
    }
}
