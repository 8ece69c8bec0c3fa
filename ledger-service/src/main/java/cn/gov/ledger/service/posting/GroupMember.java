package cn.gov.ledger.service.posting;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.dao.TransientDataAccessResourceException;

/**
 * One posting in a {@link GroupCommitter}'s queue and its caller's wait. The caller waits a bounded time; past it,
 * it gives the posting up (503, as for an outage) only where the posting can still be kept out of the database:
 * while queued (it is then skipped) or running (its whole group is then rolled back and the others run again).
 * Once its group is committing, the caller waits for the commit a while longer, and past that answers 503 with the
 * commit's fate unknown, as a COMMIT lost on the connection leaves it: the key commits with the entry, so a retry
 * with the same Idempotency-Key returns the entry if it was posted and posts it if it was not.
 */
final class GroupMember {

    private static final int QUEUED = 0;
    private static final int RUNNING = 1;
    private static final int COMMITTING = 2;
    private static final int ABANDONED = 3;
    private static final int ANSWERED = 4;

    private final Supplier<Outcome> work;
    private final CompletableFuture<Outcome> answer = new CompletableFuture<>();
    private final AtomicInteger state = new AtomicInteger(QUEUED);
    private int conflicts;

    GroupMember(Supplier<Outcome> work) {
        this.work = work;
    }

    Outcome run() {
        return work.get();
    }

    /** The committer takes it into a group; false if its caller gave it up. */
    boolean start() {
        return state.compareAndSet(QUEUED, RUNNING);
    }

    /** Its group is about to commit; false if its caller gave it up, and then the group must roll back. */
    boolean committing() {
        return state.compareAndSet(RUNNING, COMMITTING);
    }

    /** Back to the queue, none of it committed; false if its caller gave it up meanwhile. */
    boolean requeue() {
        return state.compareAndSet(RUNNING, QUEUED) || state.compareAndSet(COMMITTING, QUEUED);
    }

    /** How many times it met a stale aggregate or a deadlock, this one included. */
    int conflict() {
        return ++conflicts;
    }

    void answer(Outcome outcome) {
        state.set(ANSWERED);
        answer.complete(outcome);
    }

    void fail(Throwable failure) {
        state.set(ANSWERED);
        answer.completeExceptionally(failure);
    }

    /** The posting's answer, its refusal thrown as the work threw it, or 503 once {@code within} has passed. */
    Outcome await(Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        boolean extended = false;
        while (true) {
            try {
                return answer.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException late) {
                if (abandon() || extended) {
                    throw unanswered(within);
                }
                extended = true;
                deadline = System.nanoTime() + within.toNanos();
            } catch (ExecutionException failed) {
                if (failed.getCause() instanceof Error error) {
                    throw error;
                }
                throw failed.getCause() instanceof RuntimeException e ? e : new IllegalStateException(failed);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                abandon();
                throw unanswered(within);
            }
        }
    }

    private boolean abandon() {
        while (true) {
            int now = state.get();
            if (now != QUEUED && now != RUNNING) {
                return now == ABANDONED;
            }
            if (state.compareAndSet(now, ABANDONED)) {
                return true;
            }
        }
    }

    static TransientDataAccessResourceException unanswered(Duration within) {
        return new TransientDataAccessResourceException("no posting group answered within " + within.toMillis()
                + " ms");
    }
}
