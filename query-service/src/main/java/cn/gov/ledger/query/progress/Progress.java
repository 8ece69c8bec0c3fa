package cn.gov.ledger.query.progress;

import java.util.List;

/**
 * @param processed the safe processed position: every event with a global index at or below it that is
 *                  committed now is projected (an index still empty is taken for a rolled-back append)
 * @param settled   the position below which nothing can change any more: no segment is still waiting for
 *                  an index at or below it that an append still in flight may fill (a hole left by an
 *                  append that ended empty is passed at once, see {@code Holes}). At most
 *                  {@code processed}; what is read up to it is final, which is what a cache of facts and a
 *                  publication rely on
 * @param head      the highest global index in the event store
 * @param segments  each segment's own position
 */
public record Progress(long processed, long settled, long head, List<Segment> segments) {

    /** Events the projection is behind by; never negative, even while head is read a moment before the tokens. */
    public long lag() {
        return Math.max(0, head - processed);
    }

    /** One segment's processed index and whether this node holds it (its in-memory state was used). */
    public record Segment(int segment, long position, boolean claimedHere) {
    }
}
