package cn.gov.ledger.query.rebuild;

import cn.gov.ledger.query.projection.ProjectionTables;
import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The next generation of the projection tables in schema {@value #SCHEMA}: created empty with the live
 * tables' columns, defaults and checks, given their keys and indexes, and finally swapped in.
 */
@Component
class ShadowTables {

    static final String SCHEMA = "query_next";
    private static final String LIVE = ProjectionTables.LIVE_SCHEMA;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final LiveIndexes indexes;

    ShadowTables(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.indexes = new LiveIndexes(jdbc);
    }

    /**
     * Empty copies of every projection table (what a failed rebuild left is dropped first). The small
     * reference tables get their keys at once, since their upserts need them; the facts get theirs after
     * loading, which is several times faster than maintaining five indexes row by row.
     */
    void create() {
        drop();
        for (String table : ProjectionTables.ALL) {
            jdbc.execute("CREATE TABLE " + SCHEMA + "." + table + " (LIKE " + LIVE + "." + table
                    + " INCLUDING ALL EXCLUDING INDEXES)");
            if (!table.equals(ProjectionTables.FACTS)) {
                indexes.statementsFor(LIVE, SCHEMA, table).forEach(jdbc::execute);
            }
        }
    }

    /**
     * Indexes the loaded facts. VACUUM first, while there is no index to scan with the table: it sets the
     * visibility map the report index's index-only scans rely on, and ANALYZE gives the planner statistics.
     */
    void index() {
        ProjectionTables.ALL.forEach(table -> jdbc.execute("VACUUM (ANALYZE) " + SCHEMA + "." + table));
        indexes.statementsFor(LIVE, SCHEMA, ProjectionTables.FACTS).forEach(jdbc::execute);
    }

    void drop() {
        ProjectionTables.ALL.forEach(table -> jdbc.execute("DROP TABLE IF EXISTS " + SCHEMA + "." + table));
    }

    /**
     * In one transaction: drop the live tables and move the new ones into their place, names, keys and
     * indexes included. A sequence a live column owns (the fact ids') is detached first, or dropping the
     * table would drop it under the new table's default, and then owned by the new column.
     * {@code alsoInTransaction} commits or rolls back with the swap.
     */
    void swap(Duration lockTimeout, Runnable alsoInTransaction) {
        List<String> live = ProjectionTables.ALL.stream().map(table -> LIVE + "." + table).toList();
        transactions.executeWithoutResult(status -> {
            jdbc.execute("SET LOCAL lock_timeout = " + lockTimeout.toMillis());
            jdbc.execute("LOCK TABLE " + String.join(", ", live) + " IN ACCESS EXCLUSIVE MODE");
            List<String[]> owned = jdbc.query("""
                    SELECT s.oid::regclass::text, t.relname, quote_ident(a.attname)
                    FROM pg_depend d
                    JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
                    JOIN pg_class t ON t.oid = d.refobjid
                    JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
                    WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
                      AND d.deptype = 'a' AND d.refobjid = ANY (?::regclass[])""",
                    (rs, row) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)},
                    (Object) live.toArray(String[]::new));
            owned.forEach(sequence -> jdbc.execute("ALTER SEQUENCE " + sequence[0] + " OWNED BY NONE"));
            jdbc.execute("DROP TABLE " + String.join(", ", live));
            ProjectionTables.ALL.forEach(table -> jdbc.execute("ALTER TABLE " + SCHEMA + "." + table
                    + " SET SCHEMA " + LIVE));
            owned.forEach(sequence -> jdbc.execute("ALTER SEQUENCE " + sequence[0] + " OWNED BY " + LIVE + "."
                    + sequence[1] + "." + sequence[2]));
            alsoInTransaction.run();
        });
    }
}
