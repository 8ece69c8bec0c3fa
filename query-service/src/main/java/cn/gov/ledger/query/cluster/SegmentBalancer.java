package cn.gov.ledger.query.cluster;

import cn.gov.ledger.query.progress.StoredTokens;
import cn.gov.ledger.query.projection.Projection;
import jakarta.annotation.PreDestroy;
import java.util.Comparator;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Shares the projection's segments among the live instances. Axon's pooled processor claims every free
 * segment it finds, so the first instance up would keep all of them for ever; each instance therefore
 * hands back what it holds beyond its fair share (segments ÷ live instances, rounded up), and a newcomer
 * claims what was handed back. An instance that dies stops renewing its claims; the others take its
 * segments once the claims are older than the token store's claim timeout, and its heartbeat lapses so
 * the survivors' fair share grows to match.
 */
@Component
class SegmentBalancer {

    private final Members members;
    private final StoredTokens tokens;
    private final EventProcessingConfiguration processing;

    SegmentBalancer(Members members, StoredTokens tokens, EventProcessingConfiguration processing) {
        this.members = members;
        this.tokens = tokens;
        this.processing = processing;
    }

    @Scheduled(fixedDelayString = "${ledger.query.cluster.heartbeat-interval:2s}")
    void balance() {
        members.heartbeat();
        StreamingEventProcessor processor = processing
                .eventProcessor(Projection.PROCESSING_GROUP, StreamingEventProcessor.class).orElse(null);
        if (processor == null || !processor.isRunning()) {
            return; // stopped, or paused by a rebuild: nothing to share
        }
        int segments = tokens.load(Projection.PROCESSING_GROUP).size();
        int alive = Math.max(1, members.alive().size());
        int share = (segments + alive - 1) / alive;
        List<Integer> held = processor.processingStatus().keySet().stream()
                .sorted(Comparator.reverseOrder()).toList();
        held.stream().limit(Math.max(0, held.size() - share)).forEach(processor::releaseSegment);
    }

    @PreDestroy
    void leave() {
        members.leave();
    }
}
