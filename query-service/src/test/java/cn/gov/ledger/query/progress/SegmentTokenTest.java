package cn.gov.ledger.query.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class SegmentTokenTest {

    private static final Segment EVEN = Segment.computeSegment(0, 0, 1);
    private static final Segment ODD = Segment.computeSegment(1, 0, 1);

    @Test
    void aSegmentWithNothingOfItsOwnAfterItsTokenHoldsNothingBack() {
        SegmentToken idle = SegmentToken.of(EVEN, GapAwareTrackingToken.newInstance(10, List.of()));
        SegmentToken busy = SegmentToken.of(ODD, GapAwareTrackingToken.newInstance(40, List.of()));
        assertThat(SegmentToken.safePosition(List.of(idle, busy), owed(11, 3, 25, 7, 40, 1), 40)).isEqualTo(40);
    }

    @Test
    void aSegmentStopsJustBelowTheFirstEventOfItsOwnItHasNotHandled() {
        SegmentToken behind = SegmentToken.of(EVEN, GapAwareTrackingToken.newInstance(10, List.of()));
        SegmentToken ahead = SegmentToken.of(ODD, GapAwareTrackingToken.newInstance(40, List.of()));
        assertThat(SegmentToken.safePosition(List.of(behind, ahead), owed(11, 3, 25, 4, 30, 2), 40))
                .isEqualTo(24);
    }

    @Test
    void aGapCommittedSinceItWasPassedHoldsOnlyTheSegmentItBelongsTo() {
        SegmentToken owner = SegmentToken.of(EVEN, GapAwareTrackingToken.newInstance(40, List.of(12L)));
        SegmentToken other = SegmentToken.of(ODD, GapAwareTrackingToken.newInstance(40, List.of(15L)));
        assertThat(SegmentToken.safePosition(List.of(owner, other), owed(12, 6, 15, 8), 40)).isEqualTo(11);
        assertThat(SegmentToken.safePosition(List.of(other), owed(15, 8), 40)).isEqualTo(40);
    }

    @Test
    void nothingIsSafeBeyondTheLimitGiven() {
        SegmentToken idle = SegmentToken.of(EVEN, GapAwareTrackingToken.newInstance(10, List.of()));
        assertThat(SegmentToken.safePosition(List.of(idle), owed(), 10)).isEqualTo(10);
        assertThat(SegmentToken.of(ODD, null).index()).isZero();
    }

    /** Pairs of global index and sequence hash. */
    private static SortedMap<Long, Integer> owed(int... pairs) {
        SortedMap<Long, Integer> owed = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            owed.put((long) pairs[i], pairs[i + 1]);
        }
        return owed;
    }
}
