package cn.gov.ledger.service.config;

import cn.gov.ledger.api.AppendLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Readers follow the global index, which PostgreSQL hands out at insert time, not at commit. A transaction
 * that inserts many events and commits late would leave a gap behind later commits; Axon's readers give up
 * on a gap after a while and would skip those events for ever. So appends take a transaction-scoped
 * advisory lock: shared for ordinary postings (they still run concurrently and commit within milliseconds),
 * exclusive for a bulk import, which therefore never interleaves with other appends. The lock is taken
 * before the insert draws its index, so the read side can tell a hole left by a rolled-back append
 * (nobody who could fill it holds the lock any more) from an index still in flight.
 */
@Component
public class EventAppendLock {

    static final long KEY = AppendLock.KEY;

    private final JdbcTemplate jdbc;

    EventAppendLock(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Taken by every append; a no-op cost-wise unless a bulk import holds the lock. */
    public void shared() {
        jdbc.queryForList("SELECT pg_advisory_xact_lock_shared(?)", KEY);
    }

    /** Taken by a bulk import before its first append, for the whole transaction. */
    public void exclusive() {
        jdbc.queryForList("SELECT pg_advisory_xact_lock(?)", KEY);
    }
}
