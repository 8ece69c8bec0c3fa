package cn.gov.ledger.query.audit;

import cn.gov.ledger.query.audit.ChainReport.BrokenLink;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the chain from the event store and compares it link by link. One read-only REPEATABLE READ
 * transaction sees the chain and the store at one instant, and the rows are streamed (fetch size), so a
 * store of millions of events is checked in one pass and constant memory.
 */
@Component
class ChainVerifier {

    private final JdbcTemplate streaming;
    private final TransactionTemplate snapshot;
    private final StoredEvents events;

    ChainVerifier(DataSource dataSource, PlatformTransactionManager transactionManager, StoredEvents events) {
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(1000);
        this.snapshot = new TransactionTemplate(transactionManager);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.events = events;
    }

    ChainReport verify(ChainAnchor anchor) {
        return snapshot.execute(status -> {
            EventChainWriter.ChainHead head = streaming.queryForObject(
                    "SELECT position, hash FROM query.event_chain_head",
                    (rs, row) -> new EventChainWriter.ChainHead(rs.getLong(1), rs.getBytes(2)));
            long storeHead = events.head();
            // Every event and every link up to the head, side by side: a row missing on either side shows.
            String merged = "SELECT coalesce(e.global_index, c.position), c.event_id, c.hash, "
                    + StoredEvents.columns("e.") + " FROM (SELECT * FROM " + events.table()
                    + " WHERE global_index <= ?) e FULL JOIN (SELECT * FROM query.event_chain WHERE position <= ?) c"
                    + " ON c.position = e.global_index ORDER BY 1";
            ResultSetExtractor<ChainReport> comparison = rs -> compare(rs, head, storeHead, anchor);
            return streaming.query(merged, comparison, head.position(), head.position());
        });
    }

    private static ChainReport compare(ResultSet rs, EventChainWriter.ChainHead head, long storeHead,
                                       ChainAnchor anchor) throws SQLException {
        byte[] previous = ChainLink.GENESIS;
        long verified = 0;
        long last = 0;
        boolean anchorSeen = anchor == null;
        while (rs.next()) {
            long position = rs.getLong(1);
            String chainedId = rs.getString(2);
            byte[] recorded = rs.getBytes(3);
            if (rs.getObject(4) == null) {
                return broken(head, storeHead, last, verified, new BrokenLink(position, chainedId,
                        "the event store no longer holds this chained event", ChainLink.hex(recorded), null));
            }
            StoredEvent event = StoredEvents.map(rs, 4);
            byte[] found = ChainLink.next(previous, event);
            String problem = recorded == null ? "this event was never chained: it appeared below the chain's head"
                    : !Arrays.equals(found, recorded) || !event.eventId().equals(chainedId)
                    ? "the stored event no longer hashes to its link" : null;
            if (problem == null && anchor != null && anchor.position() == position) {
                anchorSeen = true;
                if (!Arrays.equals(found, anchor.hash())) {
                    problem = "the chain differs from the hash noted for this position: it has been recomputed";
                    recorded = anchor.hash();
                }
            }
            if (problem != null) {
                return broken(head, storeHead, last, verified,
                        new BrokenLink(position, event.eventId(), problem, ChainLink.hex(recorded),
                                ChainLink.hex(found)));
            }
            previous = found;
            last = position;
            verified++;
        }
        if (last != head.position() || !Arrays.equals(previous, head.hash())) {
            return broken(head, storeHead, last, verified, new BrokenLink(head.position(), null,
                    "the chain ends at position " + last + " but its head records " + head.position(),
                    ChainLink.hex(head.hash()), ChainLink.hex(previous)));
        }
        if (!anchorSeen) {
            return broken(head, storeHead, last, verified, new BrokenLink(anchor.position(), null,
                    "no chained event at the noted position", ChainLink.hex(anchor.hash()), null));
        }
        return new ChainReport(true, last, verified, head.position(), ChainLink.hex(head.hash()), storeHead, null);
    }

    private static ChainReport broken(EventChainWriter.ChainHead head, long storeHead, long last, long verified,
                                      BrokenLink link) {
        return new ChainReport(false, last, verified, head.position(), ChainLink.hex(head.hash()), storeHead, link);
    }
}
