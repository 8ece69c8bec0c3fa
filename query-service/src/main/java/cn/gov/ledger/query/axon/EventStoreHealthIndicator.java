package cn.gov.ledger.query.axon;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * /actuator/health component "eventStore": the write side's event table can be read, and how far it goes.
 * DOWN while the table is missing (the ledger service has not migrated it yet) or unreadable.
 */
@Component("eventStore")
class EventStoreHealthIndicator implements HealthIndicator {

    private final JdbcTemplate jdbc;
    private final String eventTable;

    EventStoreHealthIndicator(JdbcTemplate jdbc, EventStoreProperties properties) {
        this.jdbc = jdbc;
        this.eventTable = properties.eventTable();
    }

    @Override
    public Health health() {
        Long head = jdbc.queryForObject("SELECT max(global_index) FROM " + eventTable, Long.class);
        return Health.up().withDetail("table", eventTable).withDetail("headPosition", head == null ? 0 : head).build();
    }
}
