package cn.gov.ledger.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the services' database takes on disk ({@code --jdbc URL}), read from PostgreSQL's own size functions: the
 * whole database, and the biggest tables of both services' schemas split into rows, indexes and TOAST.
 */
final class DiskUsage {

    /** One table: {@code total} = {@code heap} + {@code indexes} + TOAST, in bytes. */
    record Table(String name, long total, long heap, long indexes) {

        Figure figure() {
            return Figure.of("table " + name, String.format(Locale.ROOT, "%s (rows %s, indexes %s, TOAST %s)",
                    bytes(total), bytes(heap), bytes(indexes), bytes(total - heap - indexes)));
        }
    }

    private static final String BIGGEST = """
            SELECT n.nspname || '.' || c.relname, pg_total_relation_size(c.oid), pg_relation_size(c.oid),
                   pg_indexes_size(c.oid)
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
              AND n.nspname NOT LIKE 'pg_toast%'
            ORDER BY 2 DESC LIMIT ?""";

    private DiskUsage() {
    }

    static long database(String jdbc) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbc);
             ResultSet size = connection.createStatement().executeQuery("SELECT pg_database_size(current_database())")) {
            size.next();
            return size.getLong(1);
        }
    }

    static List<Table> biggest(String jdbc, int count) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbc);
             PreparedStatement query = connection.prepareStatement(BIGGEST)) {
            query.setInt(1, count);
            List<Table> tables = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    tables.add(new Table(rows.getString(1), rows.getLong(2), rows.getLong(3), rows.getLong(4)));
                }
            }
            return tables;
        }
    }

    /** Binary units, one decimal: what {@code pg_size_pretty} says, but never rounded to a whole unit. */
    static String bytes(long bytes) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = 0;
        while (Math.abs(value) >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
