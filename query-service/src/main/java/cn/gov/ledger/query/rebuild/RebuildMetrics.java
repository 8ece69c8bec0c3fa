package cn.gov.ledger.query.rebuild;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Rebuild progress in Micrometer, read from memory on scrape (no database access): whether one runs, the
 * position it has reached against the head, its replay rate, and a counter of events replayed.
 */
@Component
class RebuildMetrics {

    RebuildMetrics(Rebuilds rebuilds, MeterRegistry registry) {
        Gauge.builder("ledger.rebuild.running", () -> rebuilds.running().isPresent() ? 1 : 0)
                .description("1 while a rebuild of the projection tables runs").register(registry);
        Gauge.builder("ledger.rebuild.position", () -> rebuilds.running().map(RebuildView::eventsDone).orElse(0L))
                .description("global index the running rebuild has replayed up to").register(registry);
        Gauge.builder("ledger.rebuild.head", () -> rebuilds.running().map(RebuildView::eventsTotal).orElse(0L))
                .description("event store head the running rebuild is heading for").register(registry);
        Gauge.builder("ledger.rebuild.rate", () -> rebuilds.running().map(RebuildView::eventsPerSecond).orElse(0.0))
                .description("events the running rebuild replays per second").baseUnit("events/s").register(registry);
        FunctionCounter.builder("ledger.rebuild.replayed", rebuilds, Rebuilds::replayed)
                .description("events replayed by rebuilds since the service started").baseUnit("events")
                .register(registry);
    }
}
