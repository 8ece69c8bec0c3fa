package cn.gov.ledger.service.posting;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.lock.LockAcquisitionFailedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one member of a posting group in its own savepoint of the group's transaction. Its result is its answer,
 * its refusal or failure (the savepoint rolled back, the rest of the group unharmed), or a {@link Conflict}.
 */
final class GroupSavepoints {

    /** A stale aggregate, a deadlock or a busy aggregate lock: not the posting's fault; it runs again later. */
    record Conflict(RuntimeException cause) {
    }

    private final TransactionTemplate savepoint;
    private final Cache aggregateCache;
    private final ThreadLocal<List<String>> touched;

    GroupSavepoints(TransactionTemplate savepoint, Cache aggregateCache, ThreadLocal<List<String>> touched) {
        this.savepoint = savepoint;
        this.aggregateCache = aggregateCache;
        this.touched = touched;
    }

    /** An {@link Outcome}, a {@link Conflict}, or the {@link Throwable} the work (or its savepoint) failed with. */
    Object run(GroupMember member) {
        List<String> ids = new ArrayList<>();
        touched.set(ids);
        try {
            return savepoint.execute(status -> member.run());
        } catch (RuntimeException | Error e) {
            // The aggregates' cached state may hold this posting's events, which the savepoint just undid.
            ids.forEach(aggregateCache::remove);
            return e instanceof RuntimeException runtime && isConflict(runtime) ? new Conflict(runtime) : e;
        } finally {
            touched.remove();
        }
    }

    /**
     * A stale aggregate, a deadlock with another transaction, or Axon's aggregate lock held by a transaction of
     * another path (a reversal, a batch) that itself waits for this group's row locks.
     */
    private static boolean isConflict(RuntimeException e) {
        boolean conflict = false;
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            conflict |= cause instanceof SQLException sql && "40P01".equals(sql.getSQLState())
                    || cause instanceof LockAcquisitionFailedException;
        }
        return conflict || PostingService.isSequenceConflict(e);
    }
}
