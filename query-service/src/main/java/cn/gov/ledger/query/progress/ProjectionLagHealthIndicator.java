package cn.gov.ledger.query.progress;

import cn.gov.ledger.query.projection.Projection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * /actuator/health component "projectionLag": DOWN when the processor is stopped or in error, when it is
 * further behind the event store than the configured healthy lag, or when the settled position has stood
 * still below the head for longer than the configured stall (publications and {@code knownAt} reads then
 * wait in vain, however current the tables look).
 */
@Component("projectionLag")
class ProjectionLagHealthIndicator implements HealthIndicator {

    private final ProjectionProgress progress;
    private final EventProcessingConfiguration processing;
    private final ProgressProperties properties;
    private final SettledStall stall = new SettledStall();

    ProjectionLagHealthIndicator(ProjectionProgress progress, EventProcessingConfiguration processing,
                                 ProgressProperties properties) {
        this.progress = progress;
        this.processing = processing;
        this.properties = properties;
    }

    @Override
    public Health health() {
        Progress now = progress.current();
        StreamingEventProcessor processor = processing
                .eventProcessor(Projection.PROCESSING_GROUP, StreamingEventProcessor.class).orElse(null);
        boolean running = processor != null && processor.isRunning();
        boolean error = processor != null && processor.isError();
        long stalledMillis = stall.observe(now.settled(), now.head(), System.nanoTime()) / 1_000_000;
        boolean stalled = stalledMillis > properties.settledStall().toMillis();
        Health.Builder health = running && !error && now.lag() <= properties.healthyLag() && !stalled
                ? Health.up() : Health.down();
        return health.withDetail("processor", Projection.PROCESSING_GROUP)
                .withDetail("running", running)
                .withDetail("error", error)
                .withDetail("processedPosition", now.processed())
                .withDetail("settledPosition", now.settled())
                .withDetail("headPosition", now.head())
                .withDetail("lag", now.lag())
                .withDetail("healthyLag", properties.healthyLag())
                .withDetail("settledStalledMillis", stalledMillis)
                .build();
    }
}
