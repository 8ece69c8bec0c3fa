package cn.gov.ledger.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** {@code lag --entries N --clients C}: how soon what the ledger accepted shows in the query service. */
final class LagCommand {

    static final double TARGET_P99_MS = 250;
    /** How long the query service may take, after the last posting, to show everything before the run gives up. */
    private static final Duration DRAIN = Duration.ofSeconds(60);

    private LagCommand() {
    }

    static Section run(Run run) throws InterruptedException, ExecutionException, TimeoutException {
        int entries = run.options().count("entries", 5_000);
        int clients = run.options().count("clients", 16);
        List<BudgetLine> lines = BudgetLine.pick(run.department(),
                run.options().count("lines", BudgetLine.of(run.department()).size()), run.options().flag("hot"));
        ReadYourWrites watcher = new ReadYourWrites();
        Duration longest = run.limit().plus(DRAIN);
        long deadline = System.nanoTime() + longest.toNanos();
        ExecutorService polling = Executors.newSingleThreadExecutor();
        Poster.Result posted;
        try {
            Future<?> watching = polling.submit(() -> {
                watcher.watch(run, deadline);
                return null;
            });
            try {
                posted = Poster.run(run, lines, entries, clients, watcher);
            } finally {
                watcher.postingDone();
            }
            watching.get(longest.toSeconds() + 10, TimeUnit.SECONDS);
        } finally {
            polling.shutdownNow();
        }
        Latency visible = Latency.of(watcher.visibleAfterMicros);
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.of("entries posted (201)", posted.posted() + " of " + entries + " at "
                + Figure.number(posted.perSecond()) + " entries/s"));
        figures.add(Figure.of("refused or failed postings", String.valueOf(posted.failures().count())));
        figures.addAll(visible.figures("read-your-writes", TARGET_P99_MS));
        if (watcher.settledAfterMicros.getTotalCount() > 0) {
            figures.addAll(Latency.of(watcher.settledAfterMicros).figures("read-your-writes, settled", TARGET_P99_MS));
        }
        figures.add(Figure.of("postings never seen as processed", watcher.unseen() + " (gave up "
                + DRAIN.toSeconds() + " s after posting ended at the latest)"));
        figures.add(Figure.of("postings never seen as settled", String.valueOf(watcher.neverSettled())));
        figures.add(Figure.of("events behind (status polls)", "p50 " + watcher.eventsBehind.getValueAtPercentile(50)
                + " · p99 " + watcher.eventsBehind.getValueAtPercentile(99) + " · max "
                + watcher.eventsBehind.getMaxValue() + " over " + watcher.eventsBehind.getTotalCount() + " polls"));
        figures.add(Figure.of("status request time (the figures' resolution)",
                Latency.of(watcher.pollMicros).summary()));
        List<String> notes = new ArrayList<>(List.of(clients + " clients over " + lines.size()
                + " lines; read-your-writes = 201 received → GET /api/v1/status reports processed ≥ its position"
                + " (settled: its settled position ≥ it); "
                + "status polled every " + ReadYourWrites.POLL.toMillis() + " ms"));
        notes.addAll(posted.failures().notes());
        watcher.failures.notes().forEach(n -> notes.add("status " + n));
        if (posted.posted() + posted.failures().count() < entries && !posted.failures().exhausted()) {
            notes.add("posting stopped at the --timeout limit of " + run.limit().toSeconds() + " s");
        }
        // A posting the query service never showed is a fault, unlike running out of time to post.
        return new Section("lag", figures, notes, posted.failures().count() > 0 || watcher.unseen() > 0
                || watcher.failures.count() > 0);
    }
}
