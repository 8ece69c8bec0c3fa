package cn.gov.ledger.benchmark;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * {@code scale --postings N --departments D --jdbc URL}: loads N postings over D generated departments through the
 * ledger's own API (registration, then one bulk import per department that brings its own budget), waits for the
 * query service's projection to take them all in, and reports the load and catch-up rates, the disk the database
 * grew by and its biggest tables, and the tables' latency over random departments at that size.
 */
final class ScaleCommand {

    private static final int BIGGEST_TABLES = 8;

    private ScaleCommand() {
    }

    static Section run(Run run) throws Exception {
        String jdbc = run.options().text("jdbc", null);
        if (jdbc == null) {
            throw new IllegalArgumentException("scale needs --jdbc URL of the services' database to measure its size");
        }
        ScalePlan plan = new ScalePlan(run.options().count("postings", 10_000_000),
                run.options().count("departments", 500));
        int clients = run.options().count("clients", 2);
        long deadline = System.nanoTime() + run.limit().toNanos();
        Failures failures = new Failures();
        List<Figure> figures = new ArrayList<>();
        List<String> notes = new ArrayList<>(List.of("load average at the start " + Machine.loadNow(),
                "service heaps (max): ledger " + heap(run, run.ledger("")) + ", query " + heap(run, run.query(""))));
        long sizeBefore = DiskUsage.database(jdbc);
        long headBefore = ProjectionCatchUp.head(run).orElse(0);
        ScaleImports imports = new ScaleImports(run, plan, failures, clients);

        long loading = System.nanoTime();
        long stop = loading + run.options().count("load-seconds", (int) run.limit().toSeconds()) * 1_000_000_000L;
        ScaleImports.Loaded loaded = imports.load(Math.min(stop, deadline));
        long loadedAt = System.nanoTime();
        Instant loadedInstant = Instant.now();
        long behind = loaded.position() - ProjectionCatchUp.processed(run).orElse(headBefore);
        double loadSeconds = seconds(loading, loadedAt);
        double rate = loaded.sent() / loadSeconds;
        figures.add(Figure.of("departments loaded", String.format(Locale.ROOT, "%d of %d (%d departments and units"
                + " newly registered)", loaded.departments(), plan.departments(), loaded.registered())));
        figures.add(Figure.of("postings generated (new)", String.format(Locale.ROOT, "%,d of %,d rows sent, %,d planned",
                loaded.posted(), loaded.sent(), plan.postings())));
        figures.add(Figure.of("generation time", String.format(Locale.ROOT, "%.1f s (%s rows/s; the ledger answering"
                + " imports %.1f s summed over %d clients)", loadSeconds, Figure.number(rate), loaded.importSeconds(),
                clients)));
        if (loaded.departments() < plan.departments()) {
            notes.add(String.format(Locale.ROOT, "CUT SHORT at the --load-seconds/--timeout limit: %,d of %,d postings"
                    + " loaded. EXTRAPOLATED, not measured: all %,d at this run's %s rows/s would take %.0f s",
                    loaded.sent(), plan.postings(), plan.postings(), Figure.number(rate), plan.postings() / rate));
        }
        long events = loaded.position() - headBefore;
        figures.add(Figure.of("events appended", String.format(Locale.ROOT, "%,d (positions %d to %d)", events,
                headBefore + 1, loaded.position())));

        OptionalLong caughtUp = ProjectionCatchUp.await(run, loaded.position(), deadline);
        if (caughtUp.isPresent()) {
            double projecting = seconds(loading, caughtUp.getAsLong());
            figures.add(Figure.of("projection caught up", String.format(Locale.ROOT, "%.1f s after the first import"
                    + " (%s events/s); %.1f s after the last import answered, %,d events behind then", projecting,
                    Figure.number(events / projecting), seconds(loadedAt, caughtUp.getAsLong()), behind)));
        } else {
            failures.add("projection had not processed position " + loaded.position() + " by the --timeout limit");
        }

        long sizeAfter = DiskUsage.database(jdbc);
        figures.add(Figure.of("database size", String.format(Locale.ROOT, "%s before, %s after: %s more, %s a posting",
                DiskUsage.bytes(sizeBefore), DiskUsage.bytes(sizeAfter), DiskUsage.bytes(sizeAfter - sizeBefore),
                DiskUsage.bytes((sizeAfter - sizeBefore) / Math.max(1, loaded.posted())))));
        DiskUsage.biggest(jdbc, BIGGEST_TABLES).forEach(table -> figures.add(table.figure()));

        figures.addAll(TablesCommand.sample(run, run.options().count("samples", 500),
                random -> plan.department(random.nextInt(Math.max(1, loaded.departments()))), loadedInstant, failures, notes));
        notes.add("knownAt from when the last import was answered, so every table sees its department's whole load;"
                + " departments drawn at random from those loaded, " + plan.department(0) + " onwards");
        notes.add("each department: units " + BudgetLine.units("D") + ", " + BudgetLine.of("D").size()
                + " budget lines appropriated by the first rows of its import file, then income and expenditures");
        notes.addAll(failures.notes());
        String size = String.format(Locale.ROOT, "%,d postings over %d departments", loaded.sent(), loaded.departments());
        String cut = loaded.departments() < plan.departments() ? String.format(Locale.ROOT, ", cut short of %,d over %d",
                plan.postings(), plan.departments()) : "";
        return new Section("scale (" + size + cut + ")", figures, notes, failures.count() > 0);
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    /** The JVM's maximum heap as the service's actuator reports it, so the section says what -Xmx it ran with. */
    private static String heap(Run run, URI service) {
        Http.Answer answer = run.http().get(URI.create(service + "/actuator/metrics/jvm.memory.max?tag=area:heap"),
                run.requestTimeout());
        try {
            var value = Http.JSON.readTree(answer.body()).path("measurements").path(0).path("value");
            return answer.status() == 200 && value.isNumber() ? DiskUsage.bytes(value.asLong()) : "not reported";
        } catch (IOException e) {
            return "not reported";
        }
    }
}
