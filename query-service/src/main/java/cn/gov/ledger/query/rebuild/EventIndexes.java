package cn.gov.ledger.query.rebuild;

import cn.gov.ledger.query.axon.EventStoreProperties;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** What the event store holds now, by global index. */
@Component
class EventIndexes {

    private final JdbcTemplate jdbc;
    private final String eventTable;

    EventIndexes(JdbcTemplate jdbc, EventStoreProperties properties) {
        this.jdbc = jdbc;
        this.eventTable = properties.eventTable();
    }

    /** Those of the given indexes that hold an event. */
    Set<Long> present(Collection<Long> indexes) {
        if (indexes.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.queryForList("SELECT global_index FROM " + eventTable
                + " WHERE global_index = ANY (?)", Long.class, (Object) indexes.toArray(Long[]::new)));
    }
}
