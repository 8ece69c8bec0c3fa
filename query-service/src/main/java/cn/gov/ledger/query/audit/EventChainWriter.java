package cn.gov.ledger.query.audit;

import cn.gov.ledger.query.axon.EventStoreProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Extends the hash chain over committed events, strictly in global-index order. Each batch runs in one
 * transaction that locks the chain's head row, so the new links and the head (the job's token) commit
 * together, and a second node skips the run instead of forking the chain.
 *
 * <p>An index with no event is a gap: an append still in flight or one rolled back. The chain waits at a
 * gap until the event after it is older than the event store's gap timeout, the same rule by which the
 * projection gives up on a gap; a gap filled before then is chained in its place.
 */
@Component
class EventChainWriter {

    private final JdbcTemplate jdbc;
    private final StoredEvents events;
    private final TransactionTemplate transactions;
    private final AuditProperties properties;
    private final Duration gapTimeout;

    EventChainWriter(JdbcTemplate jdbc, StoredEvents events, TransactionTemplate transactions,
                     AuditProperties properties, EventStoreProperties eventStore) {
        this.jdbc = jdbc;
        this.events = events;
        this.transactions = transactions;
        this.properties = properties;
        this.gapTimeout = eventStore.gapTimeout();
    }

    @Scheduled(fixedDelayString = "${ledger.query.audit.chain-interval:200ms}")
    void extend() {
        long until = System.nanoTime() + properties.chainRunBudget().toNanos();
        while (Boolean.TRUE.equals(transactions.execute(status -> extendOnce())) && System.nanoTime() < until) {
            // a full batch was chained: more events may be waiting
        }
    }

    /** Chains one batch; true if it was full, so more events may be waiting. */
    private boolean extendOnce() {
        List<ChainHead> heads = jdbc.query("SELECT position, hash FROM query.event_chain_head FOR UPDATE SKIP LOCKED",
                (rs, row) -> new ChainHead(rs.getLong(1), rs.getBytes(2)));
        if (heads.isEmpty()) {
            return false; // another node holds the head and is extending the chain
        }
        long position = heads.get(0).position();
        byte[] hash = heads.get(0).hash();
        List<StoredEvent> batch = events.after(position, properties.chainBatchSize());
        Instant gapsSettledBefore = Instant.now().minus(gapTimeout);
        List<Object[]> links = new ArrayList<>();
        for (StoredEvent event : batch) {
            if (event.position() != position + 1 && !settled(event, gapsSettledBefore)) {
                break;
            }
            hash = ChainLink.next(hash, event);
            position = event.position();
            links.add(new Object[] {position, event.eventId(), hash});
        }
        if (links.isEmpty()) {
            return false;
        }
        jdbc.batchUpdate("INSERT INTO query.event_chain (position, event_id, hash) VALUES (?, ?, ?)", links);
        jdbc.update("UPDATE query.event_chain_head SET position = ?, hash = ?, updated_at = now()", position, hash);
        return links.size() == properties.chainBatchSize();
    }

    /** The gap before this event will not be filled any more; an unreadable time counts as old. */
    private static boolean settled(StoredEvent event, Instant settledBefore) {
        Instant recorded = event.recordedAt();
        return recorded == null || recorded.isBefore(settledBefore);
    }

    /** The last chained position and its hash: the chain job's token. */
    record ChainHead(long position, byte[] hash) {
    }
}
