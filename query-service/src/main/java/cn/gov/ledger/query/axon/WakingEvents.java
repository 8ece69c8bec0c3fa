package cn.gov.ledger.query.axon;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * The event store as the pooled processor reads it, with a wake-up call. A stream that cannot call back when events
 * arrive makes Axon's coordinator look at it only every 500 ms once it is idle; the embedded event store's streams
 * cannot, so a posting waited up to half a second before the projection even saw it. Here every open stream calls
 * the coordinator back every {@code interval}: it looks at what the store's reader has fetched meanwhile (an
 * in-memory look when nothing is new), so a posting reaches the projection within about two fetch delays.
 */
final class WakingEvents implements StreamableMessageSource<TrackedEventMessage<?>>, AutoCloseable {

    private final StreamableMessageSource<TrackedEventMessage<?>> store;
    private final Duration interval;
    private final ScheduledExecutorService alarm = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "events-wake-up");
        thread.setDaemon(true);
        return thread;
    });

    WakingEvents(StreamableMessageSource<TrackedEventMessage<?>> store, Duration interval) {
        this.store = store;
        this.interval = interval;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        return new Waking(store.openStream(trackingToken));
    }

    @Override
    public TrackingToken createTailToken() {
        return store.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return store.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return store.createTokenAt(dateTime);
    }

    @Override
    public void close() {
        alarm.shutdownNow();
    }

    private final class Waking implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> stream;
        private volatile ScheduledFuture<?> wakeUps;

        private Waking(BlockingStream<TrackedEventMessage<?>> stream) {
            this.stream = stream;
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            cancel();
            wakeUps = alarm.scheduleWithFixedDelay(callback, interval.toNanos(), interval.toNanos(), TimeUnit.NANOSECONDS);
            return true;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return stream.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return stream.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return stream.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            stream.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public void close() {
            cancel();
            stream.close();
        }

        private void cancel() {
            ScheduledFuture<?> running = wakeUps;
            if (running != null) {
                running.cancel(false);
            }
        }
    }
}
