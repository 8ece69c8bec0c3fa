package cn.gov.ledger.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** When the rebuild may take over from a paused live segment. */
@Tag("fast")
class CoverageTest {

    private static final Function<Collection<Long>, Set<Long>> NOTHING_APPEARED = indexes -> Set.of();

    @Test
    void aRebuildBehindTheSegmentDoesNotCoverIt() {
        assertThat(Coverage.covers(token(9), token(10), NOTHING_APPEARED)).isFalse();
        assertThat(Coverage.covers(null, token(1), NOTHING_APPEARED)).isFalse();
    }

    @Test
    void aRebuildAtOrBeyondTheSegmentCoversItAsDoesASegmentThatHasHandledNothing() {
        assertThat(Coverage.covers(token(10), token(10), NOTHING_APPEARED)).isTrue();
        assertThat(Coverage.covers(token(12, 11), token(10, 7), NOTHING_APPEARED)).isTrue();
        assertThat(Coverage.covers(token(12), null, NOTHING_APPEARED)).isTrue();
    }

    @Test
    void aHoleTheRebuildWaitsForBlocksOnlyIfTheSegmentHandledAnEventThere() {
        assertThat(Coverage.covers(token(12, 7), token(10, 7), NOTHING_APPEARED)).isTrue();
        assertThat(Coverage.covers(token(12, 7), token(10), NOTHING_APPEARED)).as("a rolled-back append").isTrue();
        assertThat(Coverage.covers(token(12, 7), token(10), appeared(7))).isFalse();
        assertThat(Coverage.covers(token(12, 11), token(10), appeared(11))).as("beyond the segment").isTrue();
    }

    @Test
    void aReplayingSegmentNeedsCoveringOnlyAsFarAsTheReplayHasGot() {
        TrackingToken replaying = ReplayToken.createReplayToken(token(20), token(5));
        assertThat(Coverage.covers(token(4), replaying, NOTHING_APPEARED)).isFalse();
        assertThat(Coverage.covers(token(5), replaying, NOTHING_APPEARED)).isTrue();
    }

    private static GapAwareTrackingToken token(long index, long... gaps) {
        return GapAwareTrackingToken.newInstance(index, LongStream.of(gaps).boxed().toList());
    }

    private static Function<Collection<Long>, Set<Long>> appeared(long index) {
        return indexes -> {
            Set<Long> present = new HashSet<>(indexes);
            present.retainAll(Set.of(index));
            return present;
        };
    }
}
