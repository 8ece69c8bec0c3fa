package cn.gov.ledger.query.projection;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Lets a rebuild replace the projection's tables without any answer mixing the two generations or going
 * back in time. A reader holds the shared side while it reads the tables and its caches of them; the
 * replacement takes the exclusive side for the whole switch (the live processor is paused meanwhile),
 * swaps the tables and tells every cache ({@link TablesReplaced}) before readers go on. The lock is fair,
 * so a waiting replacement is not starved by a steady stream of readers.
 */
@Component
public class GenerationGate {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);
    private final ApplicationEventPublisher events;
    /** Incremented when a replacement takes the lock and again when it lets go: odd while one is under way. */
    private volatile long epoch;
    private long generation;

    GenerationGate(ApplicationEventPublisher events) {
        this.events = events;
    }

    /**
     * Computes what the reading depends on (the projection's progress, say) without holding anything, so
     * a long wait never delays a switch, then takes the shared side. A value computed while a replacement
     * was under way (its paused processor reports older positions) is computed again.
     */
    public <T> Reading<T> read(Supplier<T> prerequisite) {
        long before = epoch;
        T value = prerequisite.get();
        lock.readLock().lock();
        try {
            return new Reading<>(before == epoch ? value : prerequisite.get(), lock.readLock()::unlock);
        } catch (RuntimeException e) {
            lock.readLock().unlock();
            throw e;
        }
    }

    /**
     * Runs {@code replacement} with every reader of this node held off, then announces the new generation.
     *
     * @return false, with nothing run, when readers did not make way within {@code wait}
     */
    public boolean replace(Duration wait, Replacement replacement) throws Exception {
        if (!lock.writeLock().tryLock(wait.toNanos(), TimeUnit.NANOSECONDS)) {
            return false;
        }
        epoch++;
        try {
            replacement.run();
            generation++;
            events.publishEvent(new TablesReplaced(generation));
            return true;
        } finally {
            epoch++;
            lock.writeLock().unlock();
        }
    }

    /** The tables replaced, and whatever must change with them. */
    @FunctionalInterface
    public interface Replacement {
        void run() throws Exception;
    }

    /** The shared side and the value computed for it, released by close. */
    public record Reading<T>(T value, Runnable release) implements AutoCloseable {
        @Override
        public void close() {
            release.run();
        }
    }
}
