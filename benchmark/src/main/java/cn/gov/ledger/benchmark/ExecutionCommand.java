package cn.gov.ledger.benchmark;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * {@code execution --samples N}: one client asks for 预算执行进度 (by 项, by budget line, or the monthly curve, in
 * turn at random) at random business dates in the year and random recording instants between the first posting
 * and now, as {@link TablesCommand} does for the tables; the same p95 target holds.
 */
final class ExecutionCommand {

    private static final List<String> VARIANTS = List.of("execution", "execution?by=line", "execution/monthly");

    private ExecutionCommand() {
    }

    static Section run(Run run) {
        int samples = run.options().count("samples", 500);
        List<String> notes = new ArrayList<>();
        Instant since = TablesCommand.since(run, notes);
        SplittableRandom random = new SplittableRandom();
        Failures failures = new Failures();
        Histogram all = Latency.micros();
        Map<String, Histogram> perVariant = new TreeMap<>();
        LocalDate yearStart = LocalDate.of(run.year(), 1, 1);
        long deadline = System.nanoTime() + run.limit().toNanos();
        int asked = 0;
        for (; asked < samples && System.nanoTime() < deadline && !failures.exhausted(); asked++) {
            String variant = VARIANTS.get(random.nextInt(VARIANTS.size()));
            LocalDate asOf = yearStart.plusDays(random.nextInt(yearStart.lengthOfYear()));
            long window = Math.max(1, Duration.between(since, Instant.now()).toMillis());
            Instant knownAt = since.plusMillis(random.nextLong(window)).truncatedTo(ChronoUnit.MILLIS);
            URI uri = run.query("/api/v1/departments/" + run.department() + "/years/" + run.year() + "/" + variant
                    + (variant.contains("?") ? "&" : "?") + "asOf=" + asOf + "&knownAt=" + knownAt);
            long sent = System.nanoTime();
            Http.Answer answer = run.http().get(uri, run.requestTimeout());
            long micros = (System.nanoTime() - sent) / 1000;
            if (answer.status() != 200) {
                failures.add(variant + ": HTTP " + answer.status() + " " + answer.body());
                continue;
            }
            all.recordValue(micros);
            perVariant.computeIfAbsent(variant, v -> Latency.micros()).recordValue(micros);
        }
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.of("execution answered (200)", all.getTotalCount() + " of " + asked + " asked, "
                + samples + " wanted"));
        figures.add(Figure.of("refused or failed", String.valueOf(failures.count())));
        figures.addAll(Latency.of(all).figures("all execution requests", null));
        if (all.getTotalCount() > 0) {
            figures.add(Figure.atMost("execution p95", Latency.of(all).p95(), TablesCommand.TARGET_P95_MS, "ms"));
        }
        perVariant.forEach((variant, histogram) -> figures.add(Figure.atMost(variant + " p95 ("
                + histogram.getTotalCount() + " samples)", Latency.of(histogram).p95(), TablesCommand.TARGET_P95_MS,
                "ms")));
        notes.add("knownAt drawn from " + since + " to now; asOf from " + run.year() + "-01-01 to year end; JSON");
        if (asked < samples && !failures.exhausted()) {
            notes.add("stopped at the --timeout limit of " + run.limit().toSeconds() + " s");
        }
        notes.addAll(failures.notes());
        return new Section("execution", figures, notes, failures.count() > 0);
    }
}
