package cn.gov.ledger.query.rebuild;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One rebuild, run on its own thread from the first event to the switch (or to its end otherwise). */
final class Rebuild implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(Rebuild.class);

    private final RebuildProgress progress;
    private final RebuildTools tools;
    private final Runnable onFinish;
    private final CountDownLatch released = new CountDownLatch(1);
    private boolean cancelled;
    private boolean stopping;

    Rebuild(RebuildProgress progress, RebuildTools tools, Runnable onFinish) {
        this.progress = progress;
        this.tools = tools;
        this.onFinish = onFinish;
    }

    RebuildProgress progress() {
        return progress;
    }

    @Override
    public void run() {
        RebuildState outcome = RebuildState.FAILED;
        String failure = null;
        try (ShadowWriter writer = new ShadowWriter(tools.dataSource(), tools.properties().flushEvery())) {
            replayAndSwitch(new EventReplay(tools.engine(), tools.pages(), writer, progress, this::cancelled));
            outcome = RebuildState.SWITCHED;
        } catch (EventReplay.RebuildCancelled e) {
            outcome = stopping() ? RebuildState.FAILED : RebuildState.CANCELLED;
            failure = stopping() ? "interrupted: the service stopped while the rebuild was running" : null;
        } catch (Exception e) {
            log.error("rebuild {} failed; the live tables are untouched", progress.id(), e);
            failure = e.toString();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        } finally {
            if (outcome != RebuildState.SWITCHED) {
                dropQuietly();
            }
            progress.finished(outcome, failure);
            onFinish.run();
        }
    }

    private void replayAndSwitch(EventReplay replay) throws Exception {
        long started = System.nanoTime();
        tools.tables().create();
        replay.load();
        log.info("rebuild {} replayed {} in {} ms", progress.id(), progress.view(), millisSince(started));
        progress.phase(RebuildPhase.INDEXING);
        tools.tables().index();
        log.info("rebuild {} indexed after {} ms", progress.id(), millisSince(started));
        progress.phase(RebuildPhase.CATCHING_UP);
        while (replay.catchUp() >= tools.properties().switchBelow()) {
            log.info("rebuild {} catching up at position {}", progress.id(), progress.view().eventsDone());
        }
        if (progress.hold()) {
            awaitRelease(replay);
        }
        enterSwitch();
        long switching = System.nanoTime();
        new Switchover(tools, replay).run();
        log.info("rebuild {} switched after {} ms, the live processor paused for {} ms", progress.id(),
                millisSince(started), millisSince(switching));
    }

    /** Lets a held rebuild switch as soon as it is complete; false when it is not running. */
    boolean release() {
        released.countDown();
        return progress.running();
    }

    /**
     * Stops the rebuild before its switch, for an administrator or because the service is stopping (which
     * is a failure, not a decision); false once the switch has begun or the rebuild has ended.
     */
    synchronized boolean cancel(boolean serviceStopping) {
        if (!progress.running() || progress.phase() == RebuildPhase.SWITCHING) {
            return false;
        }
        cancelled = true;
        stopping = serviceStopping;
        released.countDown();
        return true;
    }

    private synchronized boolean cancelled() {
        return cancelled;
    }

    private synchronized boolean stopping() {
        return stopping;
    }

    /** Keeps the new generation current, once a second, until an administrator switches or cancels. */
    private void awaitRelease(EventReplay replay) throws Exception {
        progress.phase(RebuildPhase.READY);
        while (!released.await(1, TimeUnit.SECONDS)) {
            replay.catchUp();
        }
    }

    private synchronized void enterSwitch() {
        if (cancelled) {
            throw new EventReplay.RebuildCancelled();
        }
        progress.phase(RebuildPhase.SWITCHING);
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private void dropQuietly() {
        try {
            tools.tables().drop();
        } catch (RuntimeException e) {
            log.warn("rebuild {} could not drop its tables in {}", progress.id(), ShadowTables.SCHEMA, e);
        }
    }
}
