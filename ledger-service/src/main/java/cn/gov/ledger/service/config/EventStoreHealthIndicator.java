package cn.gov.ledger.service.config;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * /actuator/health component "eventStore": the event table answers, how far it goes, and whether a bulk
 * import holds the append lock exclusively (postings then wait for it rather than fail).
 */
@Component("eventStore")
class EventStoreHealthIndicator implements HealthIndicator {

    private final JdbcTemplate jdbc;

    EventStoreHealthIndicator(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Health health() {
        Long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        Boolean importing = jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM pg_locks l JOIN pg_database d ON d.oid = l.database
                               WHERE d.datname = current_database() AND l.locktype = 'advisory'
                                 AND l.mode = 'ExclusiveLock' AND l.granted
                                 AND l.classid = 0 AND l.objid = ? AND l.objsubid = 1)""",
                Boolean.class, EventAppendLock.KEY);
        return Health.up().withDetail("headPosition", head == null ? 0 : head)
                .withDetail("bulkImportAppending", Boolean.TRUE.equals(importing)).build();
    }
}
