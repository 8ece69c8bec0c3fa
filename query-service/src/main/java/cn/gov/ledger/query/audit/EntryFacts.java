package cn.gov.ledger.query.audit;

import cn.gov.ledger.query.tables.TableFormulas.Term;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Finds the facts behind cells. Each cell's terms go to PostgreSQL as arrays (cell, group key,
 * coefficient) and are joined to the facts of the scope on the group key, so one statement serves one
 * cell or every changed cell of a table. Absent expenditure types and economic codes compare as ''
 * so the join stays a hash join.
 */
@Repository
class EntryFacts {

    private static final String FACT_COLUMNS = """
            f.position, f.row_no, f.event_id, f.entry_id, f.reversal_of, f.kind, f.unit, f.source, f.functional_code,
            f.expenditure_type, f.project, f.economic_code, f.line_id, f.amount_fen, f.business_date, f.recorded_at,
            f.actor""";
    private static final String MATCHED = """
            WITH term AS (
                SELECT * FROM unnest(?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[])
                    AS t(cell, kind, source, functional_code, expenditure_type, economic_code, coefficient)),
            matched AS (
                SELECT t.cell, t.coefficient, %s
                FROM query.fact f JOIN term t ON f.kind = t.kind AND f.source = t.source
                    AND f.functional_code = t.functional_code AND coalesce(f.expenditure_type, '') = t.expenditure_type
                    AND coalesce(f.economic_code, '') = t.economic_code
                WHERE %s)
            """;

    private final JdbcTemplate jdbc;

    EntryFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Per cell index: how many facts its terms match in the scope, and their signed sum in fen. */
    Map<Integer, CellSum> sums(FactScope scope, List<List<Term>> cells) {
        List<Object> args = terms(cells);
        Map<Integer, CellSum> sums = new HashMap<>();
        jdbc.query(MATCHED.formatted(FACT_COLUMNS, scope.where(args))
                        + "SELECT cell, count(*), sum(coefficient * amount_fen) FROM matched GROUP BY cell",
                rs -> {
                    sums.put(rs.getInt(1), new CellSum(rs.getLong(2), rs.getLong(3)));
                }, args.toArray());
        return sums;
    }

    /** For each cell, its matched facts numbered offset + 1 to offset + limit in position order. */
    List<FactRow> page(FactScope scope, List<List<Term>> cells, long offset, int limit) {
        List<Object> args = terms(cells);
        String sql = MATCHED.formatted(FACT_COLUMNS, scope.where(args)) + """
                SELECT * FROM (SELECT matched.*, row_number() OVER (PARTITION BY cell ORDER BY position, row_no) AS n
                               FROM matched) numbered
                WHERE n > ? AND n <= ? ORDER BY cell, n""";
        args.add(offset);
        args.add(offset + limit);
        return jdbc.query(sql, (rs, row) -> fact(rs, 3, rs.getInt(1), rs.getLong(2)), args.toArray());
    }

    /** How many facts match {@code where} (conditions on {@code f}) and their sum. */
    CellSum selectedSum(String where, List<Object> args) {
        return jdbc.queryForObject("SELECT count(*), coalesce(sum(f.amount_fen), 0) FROM query.fact f WHERE " + where,
                (rs, row) -> new CellSum(rs.getLong(1), rs.getLong(2)), args.toArray());
    }

    /** The facts matching {@code where} numbered offset + 1 to offset + limit in position order. */
    List<FactRow> selectedPage(String where, List<Object> args, long offset, int limit) {
        List<Object> all = new ArrayList<>(args);
        all.add(offset);
        all.add(limit);
        return jdbc.query("SELECT " + FACT_COLUMNS + " FROM query.fact f WHERE " + where
                        + " ORDER BY f.position, f.row_no OFFSET ? LIMIT ?",
                (rs, row) -> fact(rs, 1, 0, 1), all.toArray());
    }

    /** Facts reversing any of {@code entryIds} and the entries {@code reversedIds} name, wherever they are. */
    List<FactRow> related(Collection<String> entryIds, Collection<String> reversedIds) {
        if (entryIds.isEmpty() && reversedIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT " + FACT_COLUMNS
                        + " FROM query.fact f WHERE f.reversal_of = ANY (?) OR f.entry_id = ANY (?)",
                (rs, row) -> fact(rs, 1, 0, 0), entryIds.toArray(String[]::new), reversedIds.toArray(String[]::new));
    }

    private static List<Object> terms(List<List<Term>> cells) {
        List<Integer> cell = new ArrayList<>();
        List<String> kind = new ArrayList<>();
        List<String> source = new ArrayList<>();
        List<String> functional = new ArrayList<>();
        List<String> type = new ArrayList<>();
        List<String> economic = new ArrayList<>();
        List<Long> coefficient = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            for (Term term : cells.get(i)) {
                cell.add(i);
                kind.add(term.kind().name());
                source.add(term.source().name());
                functional.add(term.functionalCode());
                type.add(term.expenditureType() == null ? "" : term.expenditureType().name());
                economic.add(term.economicCode() == null ? "" : term.economicCode());
                coefficient.add(term.coefficient());
            }
        }
        return new ArrayList<>(List.of(cell.toArray(Integer[]::new), kind.toArray(String[]::new),
                source.toArray(String[]::new), functional.toArray(String[]::new), type.toArray(String[]::new),
                economic.toArray(String[]::new), coefficient.toArray(Long[]::new)));
    }

    /** Reads {@link #FACT_COLUMNS}, which start at column {@code c}. */
    private static FactRow fact(ResultSet rs, int c, int cell, long coefficient) throws SQLException {
        return new FactRow(cell, coefficient, rs.getLong(c), rs.getInt(c + 1), rs.getString(c + 2), rs.getString(c + 3),
                rs.getString(c + 4), rs.getString(c + 5), rs.getString(c + 6), rs.getString(c + 7), rs.getString(c + 8),
                rs.getString(c + 9), rs.getString(c + 10), rs.getString(c + 11), rs.getString(c + 12),
                rs.getLong(c + 13), rs.getObject(c + 14, LocalDate.class),
                rs.getTimestamp(c + 15).toInstant(), rs.getString(c + 16));
    }

    /** How many facts a cell's terms match, and their signed sum. */
    record CellSum(long count, long sumFen) {
    }
}
