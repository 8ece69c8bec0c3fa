package cn.gov.ledger.service.posting;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The global positions of the entries written in the current transaction, as {@code ledger_entry}'s insert returned
 * them, so that a posting's answer needs no statement of its own to read its position back. An entry of a savepoint
 * rolled back stays here unread: its id was drawn for that attempt alone.
 */
@Component
public class PostedPositions {

    private static final Object KEY = PostedPositions.class;

    /** Called by the write side as it inserts the entry, in the posting's transaction. */
    public void record(String entryId, long position) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) { // else no answer waits for it
            positions().put(entryId, position);
        }
    }

    long of(String entryId) {
        Long position = positions().get(entryId);
        if (position == null) {
            throw new IllegalStateException("entry " + entryId + " was not written in this transaction");
        }
        return position;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long> positions() {
        Map<String, Long> positions = (Map<String, Long>) TransactionSynchronizationManager.getResource(KEY);
        if (positions == null) {
            Map<String, Long> bound = new HashMap<>();
            TransactionSynchronizationManager.bindResource(KEY, bound);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
            positions = bound;
        }
        return positions;
    }
}
