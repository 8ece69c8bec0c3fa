package cn.gov.ledger.query.progress;

import cn.gov.ledger.query.axon.EventReplica;
import cn.gov.ledger.query.axon.EventStoreProperties;
import cn.gov.ledger.query.projection.Projection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the projection's progress from the token table, the authority when several nodes share the
 * segments, and overlays the live state of segments this node holds: a work package stores its token
 * only with a batch it handled or every few seconds when idle, while its in-memory status moves with
 * every event it has passed.
 *
 * <p>A segment's token only says what it has passed; what holds the safe position back is the first
 * committed event the segment owns and has not handled. A segment with nothing to do (none of the events
 * after its token are its own) holds nothing back, however old its token: it may belong to another node
 * that stores it every few seconds, or be the token of a batch still running on events further on.
 */
@Component
public class ProjectionProgress {

    /** At most this many events past the lowest token are examined; a segment further behind is taken as is. */
    private static final long WINDOW = 2_000;

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
        Map<Integer, TrackingToken> stored = storedTokens.load(Projection.PROCESSING_GROUP);
        int[] ids = stored.keySet().stream().mapToInt(Integer::intValue).toArray();
        List<SegmentToken> tracked = new ArrayList<>();
        List<Progress.Segment> segments = new ArrayList<>();
        for (Map.Entry<Integer, TrackingToken> entry : stored.entrySet()) {
            EventTrackerStatus status = live.get(entry.getKey());
            boolean claimedHere = status != null && status.getTrackingToken() != null;
            SegmentToken segment = SegmentToken.of(Segment.computeSegment(entry.getKey(), ids),
                    claimedHere ? status.getTrackingToken() : entry.getValue());
            tracked.add(segment);
            segments.add(new Progress.Segment(entry.getKey(), segment.index(), claimedHere));
        }
        if (tracked.isEmpty()) {
            return new Progress(0, 0, head, segments);
        }
        long lowest = tracked.stream().mapToLong(SegmentToken::index).min().orElseThrow();
        // Past the furthest token no segment has looked for gaps yet, so nothing beyond it is known to be settled.
        long reach = Math.min(lowest + WINDOW, tracked.stream().mapToLong(SegmentToken::index).max().orElseThrow());
        SortedSet<Long> gaps = new TreeSet<>();
        tracked.forEach(segment -> gaps.addAll(segment.gaps().headSet(reach + 1)));
        SortedMap<Long, Integer> owed = owed(lowest, reach, gaps);
        long processed = SegmentToken.safePosition(tracked, owed, reach);
        // A gap still empty holds the settled position unless it is a hole (an index no append can fill any more).
        SortedSet<Long> open = new TreeSet<>(gaps.headSet(processed + 1));
        open.removeAll(owed.keySet());
        open.removeAll(holes.among(open));
        long settled = open.isEmpty() ? processed : Math.min(processed, open.first() - 1);
        // Holes are judged on the primary; read from a replica, nothing past what it has replayed is settled.
        settled = Math.min(settled, replica.replayedHead());
        return new Progress(processed, settled, head, segments);
    }

    /**
     * The committed events in ({@code after}, {@code upTo}] or at the gaps, each with the hash its segment is
     * chosen by: that of its sequence identifier, which under per-aggregate sequencing is the aggregate
     * identifier (an event appended without an aggregate is stored under its own id, its sequence identifier).
     */
    private SortedMap<Long, Integer> owed(long after, long upTo, Collection<Long> gaps) {
        SortedMap<Long, Integer> owed = new TreeMap<>();
        if (upTo > after || !gaps.isEmpty()) {
            jdbc.query("SELECT global_index, aggregate_identifier FROM " + eventTable
                            + " WHERE (global_index > ? AND global_index <= ?) OR global_index = ANY (?)",
                    rs -> {
                        owed.put(rs.getLong(1), Objects.hashCode(rs.getString(2)));
                    }, after, upTo, gaps.toArray(Long[]::new));
        }
        return owed;
    }

    public long headPosition() {
        Long head = jdbc.queryForObject("SELECT max(global_index) FROM " + eventTable, Long.class);
        return head == null ? 0 : head;
    }
}
