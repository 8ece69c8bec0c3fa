package cn.gov.ledger.benchmark;

import java.util.List;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/** Percentiles of a histogram of microseconds, in milliseconds. */
record Latency(long count, double p50, double p95, double p99, double max) {

    /** Auto-resizing at three significant digits: exact below 2 ms, within 0.1 % above. */
    static Histogram micros() {
        return new Histogram(3);
    }

    static Latency of(Histogram micros) {
        return new Latency(micros.getTotalCount(), ms(micros.getValueAtPercentile(50)),
                ms(micros.getValueAtPercentile(95)), ms(micros.getValueAtPercentile(99)), ms(micros.getMaxValue()));
    }

    String summary() {
        return "p50 " + format(p50) + " · p95 " + format(p95) + " · p99 " + format(p99) + " · max " + format(max);
    }

    /** One table row per percentile; {@code p99Target} (ms) is checked on p99 when given. */
    List<Figure> figures(String what, Double p99Target) {
        if (count == 0) {
            return List.of(Figure.of(what, "no successful requests to measure"));
        }
        Figure p99Figure = p99Target == null ? Figure.of(what + " p99", format(p99))
                : Figure.atMost(what + " p99", p99, p99Target, "ms");
        return List.of(Figure.of(what + " p50", format(p50)), Figure.of(what + " p95", format(p95)), p99Figure,
                Figure.of(what + " max", format(max)));
    }

    static String format(double millis) {
        return String.format(Locale.ROOT, "%.2f ms", millis);
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }
}
