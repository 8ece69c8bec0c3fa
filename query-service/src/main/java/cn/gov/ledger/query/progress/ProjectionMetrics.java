package cn.gov.ledger.query.progress;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes the projection's progress to Micrometer. The figures are refreshed on a schedule rather
 * than on scrape, so a slow database never makes a Prometheus scrape time out.
 */
@Component
class ProjectionMetrics {

    private final ProjectionProgress progress;
    private final AtomicLong processed = new AtomicLong();
    private final AtomicLong head = new AtomicLong();
    private final AtomicReference<Double> eventsPerSecond = new AtomicReference<>(0.0);
    private long lastSampleNanos = System.nanoTime();

    ProjectionMetrics(ProjectionProgress progress, MeterRegistry registry) {
        this.progress = progress;
        Gauge.builder("ledger.projection.lag", () -> Math.max(0, head.get() - processed.get()))
                .description("events in the event store the projection has not processed yet")
                .baseUnit("events").register(registry);
        Gauge.builder("ledger.projection.position", processed::get)
                .description("safe processed position: every event at or below it is projected").register(registry);
        Gauge.builder("ledger.projection.head", head::get)
                .description("highest global index in the event store").register(registry);
        // A counter of processed positions: rate() over it in Prometheus is the processing rate.
        FunctionCounter.builder("ledger.projection.processed", processed, AtomicLong::get)
                .description("events processed (safe position)").baseUnit("events").register(registry);
        Gauge.builder("ledger.projection.rate", eventsPerSecond::get)
                .description("events processed per second over the last refresh interval")
                .baseUnit("events/s").register(registry);
    }

    @Scheduled(fixedDelayString = "${ledger.query.projection.metrics-refresh:2s}")
    void refresh() {
        Progress now = progress.current();
        long nanos = System.nanoTime();
        long advanced = Math.max(0, now.processed() - processed.get());
        double seconds = (nanos - lastSampleNanos) / 1e9;
        eventsPerSecond.set(seconds > 0 ? advanced / seconds : 0.0);
        lastSampleNanos = nanos;
        processed.set(now.processed());
        head.set(now.head());
    }
}
