package cn.gov.ledger.query.progress;

import cn.gov.ledger.query.axon.EventStoreProperties;
import java.util.Collection;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The committed events that some segment may still have to handle, each with the hash its segment is
 * chosen by: the hash of its sequence identifier, which under the processor's per-aggregate sequencing
 * is the aggregate identifier (an event appended without an aggregate is stored under its own id, which
 * is then its sequence identifier too).
 */
@Component
class OwedEvents {

    private final JdbcTemplate jdbc;
    private final String eventTable;

    OwedEvents(JdbcTemplate jdbc, EventStoreProperties properties) {
        this.jdbc = jdbc;
        this.eventTable = properties.eventTable();
    }

    /** Global index to sequence hash of the committed events in ({@code after}, {@code upTo}] or at the gaps. */
    SortedMap<Long, Integer> between(long after, long upTo, Collection<Long> gaps) {
        SortedMap<Long, Integer> owed = new TreeMap<>();
        if (upTo <= after && gaps.isEmpty()) {
            return owed;
        }
        jdbc.query("SELECT global_index, aggregate_identifier FROM " + eventTable
                        + " WHERE (global_index > ? AND global_index <= ?) OR global_index = ANY (?)",
                rs -> {
                    owed.put(rs.getLong(1), Objects.hashCode(rs.getString(2)));
                }, after, upTo, gaps.toArray(Long[]::new));
        return owed;
    }
}
