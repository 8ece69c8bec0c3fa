package cn.gov.ledger.query.rebuild;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * Reads the event store in global-index order, first in bulk pages ({@link EventPages}), then, for the catch-up
 * passes and the switch, through the same storage engine (serializer, gap tracking) the live processor reads it
 * with; deserializes the events and hands them in order to the shadow writer, which projects and copies them on
 * its own thread while the next ones are read: on two cores, reading and writing each keep one busy. Its token
 * is the live processor's kind of token, computed as the engine computes it, so the two can be compared at the
 * switch.
 */
final class EventReplay {

    /** Events read before they are handed over; two hand-overs in flight keep the writer busy. */
    private static final int PAGE = 5000;
    private static final int IN_FLIGHT = 2;

    private final EventStorageEngine engine;
    private final EventPages pages;
    private final ShadowWriter writer;
    private final RebuildProgress progress;
    private final BooleanSupplier cancelled;
    private final Deque<HandedOver> inFlight = new ArrayDeque<>();
    private GapAwareTrackingToken token;

    EventReplay(EventStorageEngine engine, EventPages pages, ShadowWriter writer, RebuildProgress progress,
                BooleanSupplier cancelled) {
        this.engine = engine;
        this.pages = pages;
        this.writer = writer;
        this.progress = progress;
        this.cancelled = cancelled;
    }

    /**
     * The first pass: every event in the store now, read in pages ({@link EventPages}) and handed over a page at
     * a time; returns how many, all written when it returns.
     */
    long load() throws Exception {
        long events = 0;
        long since = System.nanoTime();
        for (List<TrackedEventMessage<?>> page = pages.after(token, PAGE); !page.isEmpty();
             page = pages.after(token, PAGE)) {
            token = (GapAwareTrackingToken) page.get(page.size() - 1).trackingToken();
            events += page.size();
            since = handOver(page, since, IN_FLIGHT);
        }
        return finish(events, since);
    }

    /**
     * Replays every event after the token that is in the store now through the storage engine, which also reads
     * the token's gaps; all written when it returns; returns how many.
     */
    long catchUp() throws Exception {
        long events = 0;
        long since = System.nanoTime();
        List<TrackedEventMessage<?>> batch = new ArrayList<>(PAGE);
        try (Stream<? extends TrackedEventMessage<?>> stream = engine.readEvents(token, false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = stream.iterator();
            while (iterator.hasNext()) {
                TrackedEventMessage<?> event = iterator.next();
                deserialize(event);
                batch.add(event);
                token = (GapAwareTrackingToken) event.trackingToken();
                if (batch.size() == PAGE) {
                    events += batch.size();
                    since = handOver(batch, since, IN_FLIGHT);
                    batch = new ArrayList<>(PAGE);
                }
            }
        }
        events += batch.size();
        return finish(events, handOver(batch, since, IN_FLIGHT));
    }

    private long finish(long events, long since) throws Exception {
        handOver(List.of(), since, 0);
        writer.flush().get();
        return events;
    }

    /**
     * Deserializes the payload, metadata and time here, on the reading thread, which would otherwise wait
     * for the writer: each is kept by the message, so the writer only maps and copies.
     */
    private static void deserialize(TrackedEventMessage<?> event) {
        event.getPayload();
        event.getMetaData();
        event.getTimestamp();
    }

    GapAwareTrackingToken token() {
        return token;
    }

    /**
     * Hands the batch over, then waits for the oldest hand-overs until at most {@code keep} are in flight; checks
     * for a cancellation between batches.
     */
    private long handOver(List<TrackedEventMessage<?>> batch, long since, int keep) throws Exception {
        if (!batch.isEmpty()) {
            inFlight.addLast(new HandedOver(writer.project(batch), batch.size(), token == null ? 0 : token.getIndex()));
        }
        while (inFlight.size() > keep) {
            HandedOver oldest = inFlight.removeFirst();
            oldest.written().get();
            long now = System.nanoTime();
            progress.replayed(oldest.events(), now - since, oldest.position());
            since = now;
        }
        if (cancelled.getAsBoolean()) {
            throw new RebuildCancelled();
        }
        return since;
    }

    /** Events handed over together: when they are projected, how many, and the position they reach. */
    private record HandedOver(Future<?> written, long events, long position) {
    }

    /** Thrown on the rebuild's thread when an administrator cancels it. */
    static final class RebuildCancelled extends RuntimeException {
        RebuildCancelled() {
            super("cancelled", null, false, false);
        }
    }
}
