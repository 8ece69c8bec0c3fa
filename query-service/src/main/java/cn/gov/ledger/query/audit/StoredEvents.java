package cn.gov.ledger.query.audit;

import cn.gov.ledger.query.axon.EventStoreProperties;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the write side's event table directly, in global-index order, without Axon's deserialization. */
@Repository
class StoredEvents {

    private static final List<String> COLUMN_NAMES = List.of("global_index", "event_identifier", "type",
            "aggregate_identifier", "sequence_number", "time_stamp", "payload_type", "payload_revision", "payload",
            "meta_data");
    static final String COLUMNS = columns("");

    private final JdbcTemplate jdbc;
    private final String table;

    StoredEvents(JdbcTemplate jdbc, EventStoreProperties properties) {
        this.jdbc = jdbc;
        this.table = properties.eventTable();
    }

    /** Up to {@code limit} events with a global index above {@code position}, in index order. */
    List<StoredEvent> after(long position, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM " + table
                        + " WHERE global_index > ? ORDER BY global_index LIMIT ?",
                (rs, row) -> map(rs, 1), position, limit);
    }

    List<StoredEvent> byIds(Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM " + table + " WHERE event_identifier = ANY (?)",
                (rs, row) -> map(rs, 1), (Object) eventIds.toArray(String[]::new));
    }

    long head() {
        Long head = jdbc.queryForObject("SELECT max(global_index) FROM " + table, Long.class);
        return head == null ? 0 : head;
    }

    String table() {
        return table;
    }

    /** The columns {@link #map} reads, each prefixed with {@code qualifier} (a table alias and a dot, or nothing). */
    static String columns(String qualifier) {
        return String.join(", ", COLUMN_NAMES.stream().map(column -> qualifier + column).toList());
    }

    /** Maps the {@link #COLUMNS}, starting at column {@code first}. */
    static StoredEvent map(ResultSet rs, int first) throws SQLException {
        return new StoredEvent(rs.getLong(first), rs.getString(first + 1), rs.getString(first + 2),
                rs.getString(first + 3), rs.getLong(first + 4), rs.getString(first + 5), rs.getString(first + 6),
                rs.getString(first + 7), rs.getBytes(first + 8), rs.getBytes(first + 9));
    }
}
