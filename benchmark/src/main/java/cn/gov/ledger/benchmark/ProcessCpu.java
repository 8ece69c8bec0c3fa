package cn.gov.ledger.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * CPU time a service's process has used so far, from its actuator metric {@code process.cpu.time} (nanoseconds,
 * Micrometer's processor metrics; needs a user who may read metrics, as the harness's admin may). Read before and
 * after a run, the difference divided by the postings is the CPU one posting costs that process.
 */
final class ProcessCpu {

    /** CPU milliseconds used by the ledger and the query service; empty where the metric could not be read. */
    record Reading(OptionalDouble ledgerMs, OptionalDouble queryMs, long at) {

        static Reading take(Run run) {
            return new Reading(millis(run.http(), run.ledger("/actuator/metrics/process.cpu.time")),
                    millis(run.http(), run.query("/actuator/metrics/process.cpu.time")), System.nanoTime());
        }

        /** The figures of what happened between {@code before} and this reading, per {@code postings}. */
        java.util.List<Figure> since(Reading before, long postings, String per) {
            double seconds = (at - before.at) / 1e9;
            java.util.List<Figure> figures = new java.util.ArrayList<>();
            figures.add(perPosting("ledger CPU", before.ledgerMs, ledgerMs, postings, seconds, per));
            figures.add(perPosting("query CPU", before.queryMs, queryMs, postings, seconds, per));
            return figures;
        }
    }

    private ProcessCpu() {
    }

    private static Figure perPosting(String name, OptionalDouble before, OptionalDouble after, long postings,
                                     double seconds, String per) {
        if (before.isEmpty() || after.isEmpty() || postings == 0) {
            return Figure.of(name + " per " + per, "not measured (process.cpu.time not readable)");
        }
        double used = after.getAsDouble() - before.getAsDouble();
        return Figure.of(name + " per " + per, String.format(Locale.ROOT, "%.3f ms (%.1f s of CPU in %.1f s,"
                + " %.2f cores)", used / postings, used / 1000, seconds, used / 1000 / seconds));
    }

    private static OptionalDouble millis(Http http, URI metric) {
        try {
            Http.Answer answer = http.get(metric, Duration.ofSeconds(5));
            if (answer.status() != 200) {
                return OptionalDouble.empty();
            }
            var value = Http.JSON.readTree(answer.body()).path("measurements").path(0).path("value");
            return value.isNumber() ? OptionalDouble.of(value.asDouble() / 1e6) : OptionalDouble.empty();
        } catch (IOException | UncheckedIOException e) {
            return OptionalDouble.empty();
        }
    }
}
