package cn.gov.ledger.query.cluster;

import cn.gov.ledger.query.axon.EventStoreProperties;
import cn.gov.ledger.query.axon.NodeIdentity;
import cn.gov.ledger.query.projection.Projection;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Takes back at once the segments an error took from this node. Axon's pooled processor backs off on its own after
 * a failed batch or a failed coordination (1 s, then 2, 4 … up to a minute, neither configurable) and looks for
 * unclaimed segments only every few seconds; after a PostgreSQL restart that kept the projection idle for seconds
 * after the database was back, so the settled position reached the last posting late and by luck. Every
 * {@code recovery-interval}, a segment this node was processing and no longer is, which nobody else holds (free,
 * or still in this node's name because its release failed too), is claimed again, which lifts the processor's
 * back-off; only up to this node's fair share, so a segment the balancer handed to another instance stays handed
 * over. A segment lost again soon after being taken back waits twice as long each time (up to
 * {@link #LONGEST_WAIT}), so an error that is not an outage does not turn into a loop.
 */
@Component
class SegmentRecovery {

    private static final Logger log = LoggerFactory.getLogger(SegmentRecovery.class);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(30);
    private static final Duration STEADY = Duration.ofSeconds(10);

    private final JdbcTemplate jdbc;
    private final NodeIdentity node;
    private final Members members;
    private final EventProcessingConfiguration processing;
    private final String tokenTable;
    private final long firstWaitNanos;
    private final Set<Integer> heldBefore = new HashSet<>();
    private final Set<Integer> lost = new HashSet<>();
    private final Map<Integer, Long> waitNanos = new HashMap<>();
    private final Map<Integer, Long> claimedAt = new HashMap<>();

    SegmentRecovery(JdbcTemplate jdbc, NodeIdentity node, Members members, EventProcessingConfiguration processing,
                    EventStoreProperties properties) {
        this.jdbc = jdbc;
        this.node = node;
        this.members = members;
        this.processing = processing;
        this.tokenTable = properties.tokenTable();
        this.firstWaitNanos = properties.recoveryInterval().toNanos();
    }

    @Scheduled(fixedDelayString = "${ledger.query.event-store.recovery-interval:100ms}")
    void look() {
        StreamingEventProcessor processor = processing
                .eventProcessor(Projection.PROCESSING_GROUP, StreamingEventProcessor.class).orElse(null);
        if (processor == null || !processor.isRunning()) {
            heldBefore.clear();
            lost.clear();
            return; // stopped, or paused by a rebuild: it hands its segments back on purpose
        }
        Set<Integer> held = Set.copyOf(processor.processingStatus().keySet());
        long now = System.nanoTime();
        heldBefore.stream().filter(segment -> !held.contains(segment)).forEach(lost::add);
        heldBefore.clear();
        heldBefore.addAll(held);
        lost.removeAll(held);
        held.stream().filter(segment -> claimedAt.containsKey(segment)
                && now - claimedAt.get(segment) > STEADY.toNanos()).toList().forEach(steady -> {
                    claimedAt.remove(steady);
                    waitNanos.remove(steady);
                });
        if (!lost.isEmpty()) {
            takeBack(processor, held, now);
        }
    }

    private void takeBack(StreamingEventProcessor processor, Set<Integer> held, long now) {
        Map<Integer, String> owners = new HashMap<>();
        try {
            jdbc.query("SELECT segment, owner FROM " + tokenTable + " WHERE processor_name = ?",
                    rs -> { owners.put(rs.getInt(1), rs.getString(2)); }, Projection.PROCESSING_GROUP);
        } catch (DataAccessException databaseAway) {
            return; // nothing can be claimed until it is back; the next look tries again
        }
        lost.removeIf(segment -> owners.get(segment) != null && !owners.get(segment).equals(node.id()));
        List<Integer> due = lost.stream().filter(segment -> due(segment, now)).sorted().toList();
        if (due.isEmpty()) {
            return;
        }
        int alive = Math.max(1, members.alive().size());
        int room = (owners.size() + alive - 1) / alive - held.size();
        due.stream().limit(Math.max(0, room)).forEach(segment -> {
            if (!waitNanos.containsKey(segment)) {
                log.info("Claiming segment {} of {} again, lost to an error", segment, Projection.PROCESSING_GROUP);
            }
            claimedAt.put(segment, now);
            waitNanos.merge(segment, firstWaitNanos, (wait, first) -> Math.min(wait * 2, LONGEST_WAIT.toNanos()));
            processor.claimSegment(segment);
        });
    }

    private boolean due(int segment, long now) {
        Long last = claimedAt.get(segment);
        return last == null || now - last >= waitNanos.getOrDefault(segment, 0L);
    }
}
