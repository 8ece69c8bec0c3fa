package cn.gov.ledger.query.progress;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;

/** A segment, how far its token has got and the indexes it passed while they were empty. */
record SegmentToken(Segment segment, long index, SortedSet<Long> gaps) {

    /** A replay's token is as far as the replay has got; a segment that has processed nothing is at 0. */
    static SegmentToken of(Segment segment, TrackingToken token) {
        TrackingToken lowerBound = WrappedToken.unwrapLowerBound(token);
        if (lowerBound instanceof GapAwareTrackingToken gapAware) {
            return new SegmentToken(segment, gapAware.getIndex(), new TreeSet<>(gapAware.getGaps()));
        }
        long index = lowerBound == null ? 0 : lowerBound.position().orElse(0);
        return new SegmentToken(segment, index, new TreeSet<>());
    }

    /**
     * The highest position at or below {@code upTo} such that every segment has handled each of its own
     * events at or below it, given the committed events the segments may still owe (global index to the
     * hash of its sequence identifier).
     */
    static long safePosition(List<SegmentToken> segments, SortedMap<Long, Integer> owed, long upTo) {
        long safe = upTo;
        for (SegmentToken segment : segments) {
            safe = Math.min(safe, segment.handledBefore(owed, upTo));
        }
        return safe;
    }

    /**
     * Just below the first committed event of this segment that it has not handled (one past its token,
     * or one it passed as a gap and that has been committed since), or {@code upTo} if it owes none.
     */
    private long handledBefore(SortedMap<Long, Integer> owed, long upTo) {
        for (Map.Entry<Long, Integer> event : owed.entrySet()) {
            long at = event.getKey();
            if ((at > index || gaps.contains(at)) && segment.matches(event.getValue())) {
                return Math.min(upTo, at - 1);
            }
        }
        return upTo;
    }
}
