package cn.gov.ledger.benchmark;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import org.HdrHistogram.Histogram;

/**
 * {@code tables --samples N}: one client asks the query service for random disclosure tables (01–09) at
 * random business dates in the year and random recording instants between the first posting and now;
 * with {@code --ingest N} while N expenditures are posted in the background ({@link Ingest}).
 */
final class TablesCommand {

    static final double TARGET_P95_MS = 50;

    private TablesCommand() {
    }

    static Section run(Run run) {
        List<String> notes = new ArrayList<>();
        Instant since = since(run, notes);
        Failures failures = new Failures();
        List<Figure> figures = sample(run, run.options().count("samples", 500), random -> run.department(), since,
                failures, notes);
        notes.addAll(failures.notes());
        return new Section("tables", figures, notes, failures.count() > 0);
    }

    /**
     * Asks for {@code samples} random tables of the department {@code departments} draws, within the run's time
     * limit, and returns their latency figures; refusals go to {@code failures}, what was asked to {@code notes}.
     */
    static List<Figure> sample(Run run, int samples, Function<SplittableRandom, String> departments, Instant since,
                               Failures failures, List<String> notes) {
        SplittableRandom random = new SplittableRandom();
        Histogram all = Latency.micros();
        Map<String, Histogram> perTable = new TreeMap<>();
        LocalDate yearStart = LocalDate.of(run.year(), 1, 1);
        long deadline = System.nanoTime() + run.limit().toNanos();
        Ingest ingest = Ingest.start(run);
        int asked = 0;
        for (; asked < samples && System.nanoTime() < deadline && !failures.exhausted(); asked++) {
            String table = String.format(Locale.ROOT, "%02d", 1 + random.nextInt(9));
            LocalDate asOf = yearStart.plusDays(random.nextInt(yearStart.lengthOfYear()));
            long window = Math.max(1, Duration.between(since, Instant.now()).toMillis());
            Instant knownAt = since.plusMillis(random.nextLong(window)).truncatedTo(ChronoUnit.MILLIS);
            URI uri = run.query("/api/v1/departments/" + departments.apply(random) + "/years/" + run.year()
                    + "/tables/" + table + "?asOf=" + asOf + "&knownAt=" + knownAt);
            long sent = System.nanoTime();
            Http.Answer answer = run.http().get(uri, run.requestTimeout());
            long micros = (System.nanoTime() - sent) / 1000;
            if (answer.status() != 200) {
                failures.add("table " + table + ": HTTP " + answer.status() + " " + answer.body());
                continue;
            }
            all.recordValue(micros);
            perTable.computeIfAbsent(table, t -> Latency.micros()).recordValue(micros);
        }
        long sampled = System.nanoTime();
        List<Figure> figures = new ArrayList<>();
        if (ingest != null) {
            figures.addAll(ingest.figures(sampled));
        }
        figures.add(Figure.of("tables answered (200)", all.getTotalCount() + " of " + asked + " asked, "
                + samples + " wanted"));
        figures.add(Figure.of("refused or failed", String.valueOf(failures.count())));
        figures.addAll(Latency.of(all).figures("all tables", null));
        perTable.forEach((table, histogram) -> figures.add(Figure.atMost("table " + table + " p95 ("
                + histogram.getTotalCount() + " samples)", Latency.of(histogram).p95(), TARGET_P95_MS, "ms")));
        notes.add("knownAt drawn from " + since + " to now; asOf from " + run.year()
                + "-01-01 to year end; JSON format");
        if (asked < samples && !failures.exhausted()) {
            notes.add("stopped at the --timeout limit of " + run.limit().toSeconds() + " s");
        }
        return figures;
    }

    /** {@code --since}, else when setup first posted, else the last hour (noted, since it may miss postings). */
    static Instant since(Run run, List<String> notes) {
        String given = run.options().text("since", null);
        if (given != null) {
            return Instant.parse(given);
        }
        return FirstPosting.recall(run.results(), run.department()).orElseGet(() -> {
            notes.add("no first-posting instant recorded by setup for " + run.department() + "; used the last hour");
            return Instant.now().minus(Duration.ofHours(1));
        });
    }
}
