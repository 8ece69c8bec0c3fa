package cn.gov.ledger.query.audit;

import cn.gov.ledger.api.MetaDataKeys;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Appends events with the whole metadata the write side records (actor, command id, idempotency key),
 * which the auditor's trail shows; the shared LedgerEvents helper records only the actor.
 */
final class AuditEvents {

    private final EventStore eventStore;
    private final JdbcTemplate jdbc;
    private Instant recordedAt;

    AuditEvents(EventStore eventStore, JdbcTemplate jdbc) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
    }

    /** Events appended from now on are recorded at this instant (null: the time of appending). */
    AuditEvents recordedAt(Instant instant) {
        this.recordedAt = instant;
        return this;
    }

    /** Appends one event and returns its global index. */
    long append(String aggregateId, Object payload, String actor, String idempotencyKey) {
        long sequence = jdbc.queryForObject("SELECT coalesce(max(sequence_number), -1) + 1 FROM domain_event_entry"
                + " WHERE aggregate_identifier = ?", Long.class, aggregateId);
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(MetaDataKeys.ACTOR, actor);
        metadata.put(MetaDataKeys.COMMAND_ID, "cmd-" + UUID.randomUUID());
        if (idempotencyKey != null) {
            metadata.put(MetaDataKeys.IDEMPOTENCY_KEY, idempotencyKey);
        }
        String eventId = UUID.randomUUID().toString();
        eventStore.publish(new GenericDomainEventMessage<>("Test", aggregateId, sequence, payload, metadata, eventId,
                recordedAt == null ? Instant.now() : recordedAt));
        return jdbc.queryForObject("SELECT global_index FROM domain_event_entry WHERE event_identifier = ?",
                Long.class, eventId);
    }
}
