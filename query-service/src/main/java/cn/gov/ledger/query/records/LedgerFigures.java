package cn.gov.ledger.query.records;

import cn.gov.ledger.api.code.Money;
import cn.gov.ledger.query.slice.Slice;
import cn.gov.ledger.query.slice.SliceConditions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Sums and lists the facts behind a {@link LedgerFigure}, with the tables' slice. A per-project figure counts the
 * years from {@code fromYear} (its first, for a project spanning years) to the slice's year.
 */
@Repository
class LedgerFigures {

    private final JdbcTemplate jdbc;

    LedgerFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long sum(Slice s, LedgerFigure figure, String project, int fromYear) {
        Query q = query(s, figure, project, fromYear);
        Long sum = jdbc.queryForObject("SELECT coalesce(sum(amount_fen), 0) FROM query.fact WHERE " + q.where(),
                Long.class, q.args().toArray());
        return sum == null ? 0 : sum;
    }

    List<TracedEntry> entries(Slice s, LedgerFigure figure, String project, int fromYear) {
        Query q = query(s, figure, project, fromYear);
        return jdbc.query("SELECT * FROM query.fact WHERE " + q.where() + " ORDER BY position, row_no",
                (rs, row) -> new TracedEntry(rs.getString("entry_id"), rs.getString("reversal_of"),
                        rs.getString("kind"), rs.getInt("fiscal_year"), rs.getString("unit"),
                        rs.getString("functional_code"), rs.getString("expenditure_type"), rs.getString("project"),
                        rs.getString("economic_code"), Money.toYuan(rs.getLong("amount_fen")),
                        rs.getObject("business_date", java.time.LocalDate.class), rs.getLong("position"),
                        rs.getTimestamp("recorded_at").toInstant(), rs.getString("actor")),
                q.args().toArray());
    }

    /** Each project with a budget or payment up to the slice's year: its first year, and whether it has any this year. */
    Map<String, ProjectYears> projectYears(Slice s) {
        Map<String, ProjectYears> years = new TreeMap<>();
        Query q = query(s, null, null, Integer.MIN_VALUE);
        List<Object> args = new ArrayList<>(List.of(s.fiscalYear()));
        args.addAll(q.args());
        jdbc.query("SELECT project, min(fiscal_year), bool_or(fiscal_year = ?) FROM query.fact"
                + " WHERE project IS NOT NULL AND " + q.where() + " GROUP BY project", rs -> {
                    years.put(rs.getString(1), new ProjectYears(rs.getInt(2), rs.getBoolean(3)));
                }, args.toArray());
        return years;
    }

    /** Units of the department with their type (行政, 参公, 事业) and name. */
    List<UnitType> units(String department) {
        return jdbc.query("SELECT code, name, unit_type FROM query.unit WHERE department = ? ORDER BY code",
                (rs, row) -> new UnitType(rs.getString(1), rs.getString(2), rs.getString(3)), department);
    }

    private static Query query(Slice s, LedgerFigure figure, String project, int fromYear) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(SliceConditions.facts("", s, fromYear, args));
        if (figure != null) {
            where.append(" AND ").append(figure.condition());
            if (figure.perProject()) {
                args.add(project);
            }
        }
        return new Query(where.toString(), args);
    }

    record UnitType(String code, String name, String type) {
    }

    record ProjectYears(int first, boolean thisYear) {
    }

    private record Query(String where, List<Object> args) {
    }
}
