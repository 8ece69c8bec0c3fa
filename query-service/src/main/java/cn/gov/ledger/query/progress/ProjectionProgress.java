package cn.gov.ledger.query.progress;

import cn.gov.ledger.query.axon.EventReplica;
import cn.gov.ledger.query.axon.EventStoreProperties;
import cn.gov.ledger.query.projection.Projection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the projection's progress from the token table, the authority when several nodes share the
 * segments, and overlays the live state of segments this node holds: a work package stores its token
 * only with a batch it handled or every few seconds when idle, while its in-memory status moves with
 * every event it has passed.
 */
@Component
public class ProjectionProgress {

    private final JdbcTemplate jdbc;
    private final StoredTokens storedTokens;
    private final EventProcessingConfiguration processing;
    private final Holes holes;
    private final EventReplica replica;
    private final String eventTable;

    ProjectionProgress(JdbcTemplate jdbc, StoredTokens storedTokens, EventProcessingConfiguration processing,
                       Holes holes, EventReplica replica, EventStoreProperties properties) {
        this.jdbc = jdbc;
        this.storedTokens = storedTokens;
        this.processing = processing;
        this.holes = holes;
        this.replica = replica;
        this.eventTable = properties.eventTable();
    }

    public Progress current() {
        long head = headPosition();
        Map<Integer, EventTrackerStatus> live = processing
                .eventProcessor(Projection.PROCESSING_GROUP, StreamingEventProcessor.class)
                .map(StreamingEventProcessor::processingStatus).orElse(Map.of());
        List<Progress.Segment> segments = new ArrayList<>();
        SortedSet<Long> gaps = new TreeSet<>();
        long safe = Long.MAX_VALUE;
        for (Map.Entry<Integer, TrackingToken> stored : storedTokens.load(Projection.PROCESSING_GROUP).entrySet()) {
            EventTrackerStatus status = live.get(stored.getKey());
            boolean claimedHere = status != null && status.getTrackingToken() != null;
            TrackingToken token = claimedHere ? status.getTrackingToken() : stored.getValue();
            long index = indexOf(token, gaps);
            segments.add(new Progress.Segment(stored.getKey(), index, claimedHere));
            safe = Math.min(safe, index);
        }
        if (segments.isEmpty()) {
            return new Progress(0, 0, head, segments);
        }
        // A hole (an index no append can fill any more) is passed; any other gap holds the settled position.
        SortedSet<Long> open = new TreeSet<>(gaps.headSet(safe + 1));
        open.removeAll(holes.among(open));
        long settled = open.isEmpty() ? safe : Math.min(safe, open.first() - 1);
        // Holes are judged on the primary; read from a replica, nothing past what it has replayed is settled.
        settled = Math.min(settled, replica.replayedHead());
        return new Progress(belowFilledGaps(safe, gaps), settled, head, segments);
    }

    public long headPosition() {
        Long head = jdbc.queryForObject("SELECT max(global_index) FROM " + eventTable, Long.class);
        return head == null ? 0 : head;
    }

    /** A replay's token is as far as the replay has got; a segment that has processed nothing is at 0. */
    private static long indexOf(TrackingToken token, SortedSet<Long> gaps) {
        TrackingToken lowerBound = WrappedToken.unwrapLowerBound(token);
        if (lowerBound == null) {
            return 0;
        }
        if (lowerBound instanceof GapAwareTrackingToken gapAware) {
            gaps.addAll(gapAware.getGaps());
            return gapAware.getIndex();
        }
        return lowerBound.position().orElse(0);
    }

    /**
     * A gap is an index the processor passed before its event was visible. If that event has committed
     * since, the segment it belongs to may not have handled it yet, so the safe position stops just
     * below it. A gap still empty is either a rolled-back append or a posting not yet committed, which
     * no client can have been told about; it does not hold the position back.
     */
    private long belowFilledGaps(long safe, SortedSet<Long> gaps) {
        Long[] candidates = gaps.headSet(safe + 1).toArray(Long[]::new);
        if (candidates.length == 0) {
            return safe;
        }
        Long filled = jdbc.queryForObject("SELECT min(global_index) FROM " + eventTable
                + " WHERE global_index = ANY (?)", Long.class, (Object) candidates);
        return filled == null ? safe : Math.min(safe, filled - 1);
    }
}
