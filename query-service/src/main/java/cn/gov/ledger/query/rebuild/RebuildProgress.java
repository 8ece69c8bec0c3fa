package cn.gov.ledger.query.rebuild;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The figures of one rebuild, written by its thread and read by requests and metrics at any time. The
 * rate counts only time spent replaying, so it says how fast the replay is, not how long indexing or
 * waiting for a switch took.
 */
final class RebuildProgress {

    private final long id;
    private final boolean hold;
    private final Instant startedAt;
    private final AtomicLong replayedByAll;
    private volatile RebuildState state = RebuildState.RUNNING;
    private volatile RebuildPhase phase = RebuildPhase.LOADING;
    private volatile long eventsRead;
    private volatile long replayNanos;
    private volatile long position;
    private volatile long head;
    private volatile Instant switchedAt;
    private volatile Instant finishedAt;
    private volatile String failure;

    /** @param replayedByAll events replayed by every rebuild of this node, for the metrics counter */
    RebuildProgress(long id, boolean hold, Instant startedAt, AtomicLong replayedByAll) {
        this.id = id;
        this.hold = hold;
        this.startedAt = startedAt;
        this.replayedByAll = replayedByAll;
    }

    long id() {
        return id;
    }

    boolean hold() {
        return hold;
    }

    boolean running() {
        return state == RebuildState.RUNNING;
    }

    RebuildPhase phase() {
        return phase;
    }

    void phase(RebuildPhase next) {
        phase = next;
    }

    /** Called by the one replaying thread only, so the volatile sums are not raced. */
    void replayed(long events, long nanos, long reachedPosition) {
        eventsRead += events;
        replayNanos += nanos;
        position = Math.max(position, reachedPosition);
        head = Math.max(head, position);
        replayedByAll.addAndGet(events);
    }

    void head(long headPosition) {
        head = Math.max(headPosition, position);
    }

    void finished(RebuildState outcome, String why) {
        Instant now = Instant.now();
        if (outcome == RebuildState.SWITCHED) {
            switchedAt = now;
        }
        failure = why;
        finishedAt = now;
        state = outcome;
    }

    RebuildView view() {
        double seconds = replayNanos / 1e9;
        return new RebuildView(id, state, phase, hold, position, head, eventsRead,
                seconds > 0 ? Math.round(eventsRead / seconds) : 0, startedAt, switchedAt, finishedAt, failure);
    }
}
