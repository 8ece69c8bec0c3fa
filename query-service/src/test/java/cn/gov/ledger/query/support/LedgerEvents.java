package cn.gov.ledger.query.support;

import cn.gov.ledger.api.MetaDataKeys;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Appends events to the event store the way the write side does: domain events with an aggregate id,
 * consecutive sequence numbers per aggregate and the actor in the metadata.
 */
public final class LedgerEvents {

    private final EventStore eventStore;
    private final JdbcTemplate jdbc;
    private final Map<String, Long> sequences = new HashMap<>();

    public LedgerEvents(EventStore eventStore, JdbcTemplate jdbc) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
    }

    /** Appends one event now and returns its global index. */
    public long append(String aggregateId, Object payload) {
        return append(aggregateId, payload, Instant.now());
    }

    /** Appends one event with the given recording time and returns its global index. */
    public long append(String aggregateId, Object payload, Instant recordedAt) {
        DomainEventMessage<?> message = message(aggregateId, payload, recordedAt);
        eventStore.publish(message);
        return positionOf(message);
    }

    /** Appends many events in one transaction (as a bulk import does) and returns the last global index. */
    public long appendAll(List<Pending> events) {
        List<EventMessage<?>> messages = new ArrayList<>();
        events.forEach(event -> messages.add(message(event.aggregateId(), event.payload(), Instant.now())));
        eventStore.publish(messages);
        return positionOf(messages.get(messages.size() - 1));
    }

    public long head() {
        Long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        return head == null ? 0 : head;
    }

    private DomainEventMessage<?> message(String aggregateId, Object payload, Instant recordedAt) {
        // Test classes share the event store, so an aggregate's next sequence number starts from what is stored.
        long sequence = sequences.compute(aggregateId, (id, previous) -> previous != null ? previous + 1
                : jdbc.queryForObject("SELECT coalesce(max(sequence_number), -1) + 1 FROM domain_event_entry"
                        + " WHERE aggregate_identifier = ?", Long.class, id));
        return new GenericDomainEventMessage<>("Test", aggregateId, sequence, payload,
                Map.of(MetaDataKeys.ACTOR, "clerk-test"), UUID.randomUUID().toString(), recordedAt);
    }

    private long positionOf(EventMessage<?> message) {
        return jdbc.queryForObject("SELECT global_index FROM domain_event_entry WHERE event_identifier = ?",
                Long.class, message.getIdentifier());
    }

    /** An event waiting to be appended to an aggregate. */
    public record Pending(String aggregateId, Object payload) {
    }
}
