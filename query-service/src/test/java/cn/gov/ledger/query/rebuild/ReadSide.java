package cn.gov.ledger.query.rebuild;

import cn.gov.ledger.query.projection.ProjectionTables;
import cn.gov.ledger.query.support.Tables;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the read side answers and holds, captured to compare one generation of its tables with the next. */
final class ReadSide {

    private static final List<String> TABLES = List.of("01", "02", "03", "04", "05", "06", "07", "08", "09");
    private static final String FACT_COLUMNS = "position, event_id, row_no, entry_id, reversal_of, kind, department,"
            + " unit, fiscal_year, source, functional_code, expenditure_type, project, economic_code, line_id,"
            + " amount_fen, business_date, recorded_at, actor";

    private final Tables tables;
    private final JdbcTemplate jdbc;

    ReadSide(Tables tables, JdbcTemplate jdbc) {
        this.tables = tables;
        this.jdbc = jdbc;
    }

    /** One table request: a department-year and the query string (asOf, knownAt, position, unit). */
    record Point(String department, int year, String query) {
    }

    /**
     * Every table at every point, as JSON text. Without a knownAt the answer states the moment it was
     * made, which differs from call to call and is left out.
     */
    Map<String, String> answers(List<Point> points) throws Exception {
        Map<String, String> answers = new LinkedHashMap<>();
        for (Point point : points) {
            for (String table : TABLES) {
                answers.put(point + " table " + table, answer(point, table));
            }
        }
        return answers;
    }

    String answer(Point point, String table) throws Exception {
        ObjectNode json = (ObjectNode) tables.get(point.department(), point.year(), table, point.query());
        if (!point.query().contains("knownAt=")) {
            json.remove("knownAt");
        }
        return json.toString();
    }

    /** Every fact derived from an event in the store, every column but the surrogate id. */
    List<Map<String, Object>> facts() {
        return jdbc.queryForList("SELECT " + FACT_COLUMNS + " FROM query.fact f WHERE EXISTS (SELECT 1 FROM"
                + " domain_event_entry e WHERE e.event_identifier = f.event_id) ORDER BY event_id, row_no");
    }

    /** Facts no event in the store accounts for (a test may have called a handler directly). */
    long strayFacts() {
        return jdbc.queryForObject("SELECT count(*) FROM query.fact f WHERE NOT EXISTS (SELECT 1 FROM"
                + " domain_event_entry e WHERE e.event_identifier = f.event_id)", Long.class);
    }

    /** The reference tables, whole and in a fixed order. */
    Map<String, List<Map<String, Object>>> reference() {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        for (String table : ProjectionTables.ALL.subList(1, ProjectionTables.ALL.size())) {
            rows.put(table, jdbc.queryForList("SELECT * FROM query." + table + " t ORDER BY t::text"));
        }
        return rows;
    }

    /** Keys, indexes, column defaults and sequence ownership of the projection tables in a database, by name. */
    static List<Map<String, Object>> structure(JdbcTemplate jdbc) {
        String[] tables = ProjectionTables.ALL.toArray(String[]::new);
        List<Map<String, Object>> structure = jdbc.queryForList("""
                SELECT tablename AS owner, indexname AS name, indexdef AS definition FROM pg_indexes
                WHERE schemaname = 'query' AND tablename = ANY (?)
                UNION ALL
                SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint
                WHERE connamespace = 'query'::regnamespace AND conrelid::regclass::text = ANY (?)
                UNION ALL
                SELECT table_name, column_name, coalesce(column_default, '') || ' ' || is_nullable
                FROM information_schema.columns WHERE table_schema = 'query' AND table_name = ANY (?)
                ORDER BY 1, 2, 3""", tables, qualified(), tables);
        structure.add(Map.of("serial", String.valueOf(jdbc.queryForObject(
                "SELECT pg_get_serial_sequence('query.fact', 'fact_id')", String.class))));
        return structure;
    }

    /** Tables in the schema a rebuild builds its generation in. */
    List<String> shadowTables() {
        return jdbc.queryForList("SELECT tablename FROM pg_tables WHERE schemaname = 'query_next' ORDER BY 1",
                String.class);
    }

    private static String[] qualified() {
        return ProjectionTables.ALL.stream().map(table -> "query." + table).toArray(String[]::new);
    }
}
