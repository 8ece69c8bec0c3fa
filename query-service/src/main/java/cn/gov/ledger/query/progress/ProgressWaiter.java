package cn.gov.ledger.query.progress;

import cn.gov.ledger.query.web.ProblemException;
import java.time.Duration;
import java.util.function.ToLongFunction;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes for clients: a client that posted an entry at position N asks with minPosition=N and
 * gets an answer only once every segment has processed N, or a 503 after a bounded wait.
 */
@Component
public class ProgressWaiter {

    /** A projection that is behind usually catches up within a batch or two; a second is a fair first retry. */
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final ProjectionProgress progress;
    private final ProgressProperties properties;

    ProgressWaiter(ProjectionProgress progress, ProgressProperties properties) {
        this.progress = progress;
        this.properties = properties;
    }

    /** Returns the safe processed position once it is at least {@code required}. */
    public Progress awaitProcessed(long required) {
        return await(required, Progress::processed, "processed");
    }

    /** Returns the progress once its settled position (below which nothing can change) is at least {@code required}. */
    public Progress awaitSettled(long required) {
        return await(required, Progress::settled, "settled");
    }

    private Progress await(long required, ToLongFunction<Progress> reached, String what) {
        long deadline = System.nanoTime() + properties.waitTimeout().toNanos();
        Progress current = progress.current();
        while (reached.applyAsLong(current) < required) {
            if (System.nanoTime() >= deadline) {
                throw ProblemException.notReady("the projection has " + what + " position "
                        + reached.applyAsLong(current) + " of " + current.head() + " and did not reach " + required
                        + " within " + properties.waitTimeout().toMillis() + " ms", RETRY_AFTER);
            }
            sleep(properties.pollInterval());
            current = progress.current();
        }
        return current;
    }

    /** The highest global index in the event store now. */
    public long headPosition() {
        return progress.headPosition();
    }

    private static void sleep(Duration interval) {
        try {
            Thread.sleep(interval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProblemException.notReady("interrupted while waiting for the projection", RETRY_AFTER);
        }
    }
}
