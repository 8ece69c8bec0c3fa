package cn.gov.ledger.query.rebuild;

import cn.gov.ledger.query.progress.ProjectionProgress;
import cn.gov.ledger.query.web.ProblemException;
import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/** Starts, reports on, switches and cancels rebuilds; one runs at a time, on a thread of its own. */
@Service
class Rebuilds {

    private final RebuildRuns runs;
    private final RebuildTools tools;
    private final ProjectionProgress head;
    private final AtomicLong replayed = new AtomicLong();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread worker = new Thread(task, "projection-rebuild");
        worker.setDaemon(true);
        return worker;
    });
    private volatile Rebuild latest;

    Rebuilds(RebuildRuns runs, RebuildTools tools, ProjectionProgress head) {
        this.runs = runs;
        this.tools = tools;
        this.head = head;
    }

    /** Starts a rebuild, or answers 409 while one runs. */
    synchronized RebuildView start(boolean hold) {
        if (latest != null && latest.progress().running()) {
            throw ProblemException.conflict("rebuild " + latest.progress().id() + " is still running");
        }
        Instant now = Instant.now();
        long id;
        try {
            id = runs.start(hold, now);
        } catch (DuplicateKeyException e) {
            throw ProblemException.conflict("another node is running a rebuild");
        }
        RebuildProgress progress = new RebuildProgress(id, hold, now, replayed);
        progress.head(head.headPosition());
        Rebuild rebuild = new Rebuild(progress, tools, () -> runs.save(progress.view()));
        latest = rebuild;
        thread.execute(rebuild);
        return progress.view();
    }

    RebuildView find(long id) {
        Rebuild known = latest;
        if (known != null && known.progress().id() == id) {
            return known.progress().view();
        }
        return runs.find(id).orElseThrow(() -> ProblemException.notFound("there is no rebuild " + id));
    }

    /** The running rebuild, or the last one there was. */
    RebuildView current() {
        Rebuild known = latest;
        if (known != null) {
            return known.progress().view();
        }
        return runs.latest().orElseThrow(() -> ProblemException.notFound("no rebuild has been started"));
    }

    /** Lets a rebuild started with hold switch as soon as it is complete. */
    RebuildView release(long id) {
        Rebuild rebuild = running(id);
        if (!rebuild.release()) {
            throw ProblemException.conflict("rebuild " + id + " is no longer running");
        }
        return rebuild.progress().view();
    }

    RebuildView cancel(long id) {
        Rebuild rebuild = running(id);
        if (!rebuild.cancel(false)) {
            throw ProblemException.conflict("rebuild " + id + " is switching or has ended; it cannot be cancelled");
        }
        return rebuild.progress().view();
    }

    /** The figures of the running rebuild, for metrics; none when no rebuild runs. */
    Optional<RebuildView> running() {
        Rebuild known = latest;
        return known != null && known.progress().running() ? Optional.of(known.progress().view()) : Optional.empty();
    }

    /** Events replayed by every rebuild since this node started. */
    long replayed() {
        return replayed.get();
    }

    /** Records the running rebuild's figures and the head it is heading for, so its row stays current. */
    @Scheduled(fixedDelayString = "${ledger.query.rebuild.record-interval:1s}")
    void record() {
        Rebuild known = latest;
        if (known != null && known.progress().running()) {
            known.progress().head(head.headPosition());
            runs.save(known.progress().view());
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void failInterrupted() {
        runs.failInterrupted();
    }

    @PreDestroy
    void stop() throws InterruptedException {
        Rebuild known = latest;
        if (known != null) {
            known.cancel(true);
        }
        thread.shutdown();
        thread.awaitTermination(30, TimeUnit.SECONDS);
    }

    /** The rebuild with this id if it is the latest; 404 for an id never started, 409 for an older one. */
    private Rebuild running(long id) {
        Rebuild known = latest;
        if (known == null || known.progress().id() != id) {
            find(id);
            throw ProblemException.conflict("rebuild " + id + " is not running");
        }
        return known;
    }
}
