package cn.gov.ledger.benchmark;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code post --entries N --clients C [--lines L] [--hot] [--batch B]}: expenditure throughput and latency over
 * HTTP, one entry a request or B a request through the batch endpoint (the systems that post for the clerks).
 */
final class PostCommand {

    static final double TARGET_PER_SECOND = 3_000;
    static final double TARGET_P99_MS = 50;
    static final int TARGET_CLIENTS = 16;

    private PostCommand() {
    }

    static Section run(Run run) throws Exception {
        int entries = run.options().count("entries", 20_000);
        int clients = run.options().count("clients", TARGET_CLIENTS);
        boolean hot = run.options().flag("hot");
        int batch = run.options().count("batch", 1);
        List<BudgetLine> lines = BudgetLine.pick(run.department(),
                run.options().count("lines", BudgetLine.of(run.department()).size()), hot);
        Anchor.Commits anchor = anchor(run, clients, entries);
        List<Figure> floor = Floor.measure(run, clients);
        ProcessCpu.Reading before = ProcessCpu.Reading.take(run);
        long harnessBefore = Floor.harnessCpuNanos();
        Poster.Result result = Poster.run(run, lines, entries, clients, batch, null);
        long harnessUsed = Floor.harnessCpuNanos() - harnessBefore;
        ProcessCpu.Reading after = ProcessCpu.Reading.take(run);
        Latency latency = Latency.of(result.latency());

        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.of("entries posted (201)", result.posted() + " of " + entries));
        figures.add(Figure.of("refused or failed", String.valueOf(result.failures().count())));
        // The throughput target is stated for 16 clients; other client counts are shown for comparison only.
        figures.add(clients == TARGET_CLIENTS
                ? Figure.atLeast("throughput", result.perSecond(), TARGET_PER_SECOND, "entries/s")
                : Figure.of("throughput", Figure.number(result.perSecond()) + " entries/s"));
        figures.addAll(latency.figures("latency", TARGET_P99_MS));
        figures.addAll(after.since(before, result.posted(), "posting"));
        figures.add(Figure.of("harness CPU per posting", Floor.cpuMillis(harnessUsed, result.posted())));
        figures.addAll(floor);
        if (anchor != null) {
            figures.add(Figure.of("anchor: JDBC single-row commits, " + clients + " clients",
                    Figure.number(anchor.perSecond()) + " commits/s, p99 "
                            + Latency.format(Latency.of(anchor.latency()).p99())));
            figures.add(Figure.ratio("throughput ÷ anchor", result.perSecond(), anchor.perSecond()));
        }

        List<String> notes = new ArrayList<>();
        notes.add(clients + " clients over " + lines.size() + (hot ? " hot line " + lines.get(0).key() : " lines")
                + "; latency = request sent to 201 body received, " + (batch == 1 ? "one JSON expenditure per request"
                : batch + " expenditures per request to /api/v1/entries/batch, each entry given its batch's latency"));
        if (result.posted() + result.failures().count() < entries && !result.failures().exhausted()) {
            notes.add("stopped at the --timeout limit of " + run.limit().toSeconds()
                    + " s before all entries were sent");
        }
        notes.addAll(result.failures().notes());
        if (anchor == null) {
            notes.add("no --jdbc URL given: the plain-PostgreSQL anchor was not run");
        }
        // Running out of time is noted, not a failure: the figures still describe what was posted.
        return new Section("post" + (hot ? " (hot line)" : "") + (batch > 1 ? " (batches of " + batch + ")" : ""),
                figures, notes, result.failures().count() > 0);
    }

    /** Plain PostgreSQL's single-row commits, as many as the run posts (ten seconds at most), just before it. */
    private static Anchor.Commits anchor(Run run, int clients, int entries) throws Exception {
        String jdbc = run.options().text("jdbc", null);
        return jdbc == null ? null : Anchor.commits(jdbc, clients, entries, 10_000_000_000L);
    }
}
