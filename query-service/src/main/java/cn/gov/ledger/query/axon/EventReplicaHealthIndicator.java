package cn.gov.ledger.query.axon;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * /actuator/health component "replication", present when the events are read from a replica: its replication lag
 * behind the primary. DOWN while the replica cannot be read (the projection then stands still).
 */
@Component("replication")
@ConditionalOnExpression("!'${ledger.query.events.url:}'.isBlank()")
class EventReplicaHealthIndicator implements HealthIndicator {

    private final EventReplica replica;
    private final JdbcTemplate primary;
    private final String eventTable;

    EventReplicaHealthIndicator(EventReplica replica, JdbcTemplate primary, EventStoreProperties properties) {
        this.replica = replica;
        this.primary = primary;
        this.eventTable = properties.eventTable();
    }

    @Override
    public Health health() {
        Long head = primary.queryForObject("SELECT coalesce(max(global_index), 0) FROM " + eventTable, Long.class);
        return replica.lag(head == null ? 0 : head).map(lag -> Health.up()
                .withDetail("replicationLagBytes", lag.replicationLagBytes())
                .withDetail("replicationLagMs", lag.replicationLagMs())
                .withDetail("replicaHeadPosition", lag.replicaHeadPosition())
                .withDetail("eventsBehind", lag.eventsBehind())
                .build()).orElseGet(() -> Health.unknown().build());
    }
}
