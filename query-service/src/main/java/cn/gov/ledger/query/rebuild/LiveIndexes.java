package cn.gov.ledger.query.rebuild;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The keys and indexes of a live projection table, as statements that give a copy in another schema the
 * same ones under the same names: after the swap the tables look exactly as Flyway left them, so a later
 * migration that names an index or constraint still finds it. Read from the catalogue rather than listed,
 * so an index another migration adds is carried over too.
 */
final class LiveIndexes {

    private final JdbcTemplate jdbc;

    LiveIndexes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** DDL that gives {@code shadowSchema.table} the keys and indexes of {@code liveSchema.table}. */
    List<String> statementsFor(String liveSchema, String shadowSchema, String table) {
        String live = liveSchema + "." + table;
        String shadow = shadowSchema + "." + table;
        Integer foreignKeys = jdbc.queryForObject("SELECT count(*) FROM pg_constraint"
                + " WHERE conrelid = ?::regclass AND contype = 'f'", Integer.class, live);
        if (foreignKeys != null && foreignKeys > 0) {
            // A copy would still reference the old generation's table; nothing in the projection needs one.
            throw new IllegalStateException(live + " has a foreign key, which a rebuild cannot carry over");
        }
        List<String> statements = new ArrayList<>(jdbc.query("""
                SELECT quote_ident(conname), pg_get_constraintdef(oid) FROM pg_constraint
                WHERE conrelid = ?::regclass AND contype IN ('p', 'u', 'x') ORDER BY contype, conname""",
                (rs, row) -> "ALTER TABLE " + shadow + " ADD CONSTRAINT " + rs.getString(1) + " " + rs.getString(2),
                live));
        String on = " ON " + live + " USING ";
        statements.addAll(jdbc.query("""
                SELECT pg_get_indexdef(x.indexrelid) FROM pg_index x
                WHERE x.indrelid = ?::regclass
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint c
                                  WHERE c.conrelid = x.indrelid AND c.conindid = x.indexrelid)
                ORDER BY x.indexrelid""", (rs, row) -> {
            String definition = rs.getString(1);
            int at = definition.indexOf(on);
            if (at < 0 || definition.indexOf(on, at + 1) >= 0) {
                throw new IllegalStateException("cannot re-target index definition: " + definition);
            }
            return definition.substring(0, at) + " ON " + shadow + " USING "
                    + definition.substring(at + on.length());
        }, live));
        return statements;
    }
}
