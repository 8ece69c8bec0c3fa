package cn.gov.ledger.query.rebuild;

import java.util.Collection;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;

/**
 * Whether the rebuild has replayed everything a live segment has handled, so the segment, resuming from
 * its own token on the new tables, leaves nothing out (what it handles again, its idempotent writes ignore).
 */
final class Coverage {

    private Coverage() {
    }

    /**
     * Axon's {@code covers}, except for holes: a hole the rebuild still waits for but the segment has
     * passed blocks only if an event has appeared in it. An empty one is a rolled-back append the segment
     * stopped waiting for earlier (its gap timed out), so neither generation has or will get an event there.
     *
     * @param present which of the given global indexes hold an event now
     */
    static boolean covers(GapAwareTrackingToken rebuilt, TrackingToken segment,
                          Function<Collection<Long>, Set<Long>> present) {
        // A merged segment has handled events up to its upper bound in one half or the other; a replaying one
        // has handled them up to where the replay has got, and redelivers the rest to idempotent handlers.
        TrackingToken handled = WrappedToken.unwrapUpperBound(segment);
        if (handled == null) {
            return true;
        }
        if (!(handled instanceof GapAwareTrackingToken live)) {
            throw new IllegalStateException("unexpected token of the live processor: " + segment);
        }
        if (rebuilt == null || rebuilt.getIndex() < live.getIndex()) {
            return false;
        }
        if (rebuilt.covers(live)) {
            return true;
        }
        SortedSet<Long> blocking = new TreeSet<>(rebuilt.getGaps().headSet(live.getIndex() + 1));
        blocking.removeAll(live.getGaps());
        return present.apply(blocking).isEmpty();
    }
}
