package cn.gov.ledger.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class LatencyTest {

    @Test
    void summarisesMicrosecondsAsMilliseconds() {
        Histogram micros = Latency.micros();
        for (long v = 1; v <= 1_000; v++) {
            micros.recordValue(v);
        }

        Latency latency = Latency.of(micros);

        assertThat(latency.count()).isEqualTo(1_000);
        assertThat(latency.summary()).isEqualTo("p50 0.50 ms · p95 0.95 ms · p99 0.99 ms · max 1.00 ms");
    }

    @Test
    void holdsOnlyP99ToTheTarget() {
        Histogram micros = Latency.micros();
        micros.recordValue(40_000);
        micros.recordValue(60_000);

        var figures = Latency.of(micros).figures("latency", 50.0);

        assertThat(figures).extracting(Figure::name)
                .containsExactly("latency p50", "latency p95", "latency p99", "latency max");
        assertThat(figures.get(2).target()).isEqualTo("≤ 50 ms");
        assertThat(figures.get(2).verdict()).isEqualTo("NOT met");
        assertThat(figures.get(0).verdict()).isEmpty();
    }

    @Test
    void throughputTargetIsAFloor() {
        assertThat(Figure.atLeast("throughput", 3_214.6, 3_000, "entries/s").row())
                .isEqualTo("| throughput | 3,215 entries/s | ≥ 3,000 entries/s | met |");
        assertThat(Figure.atLeast("import", 49_999, 50_000, "rows/s").verdict()).isEqualTo("NOT met");
    }
}
