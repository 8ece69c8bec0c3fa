package cn.gov.ledger.query.progress;

/**
 * How long the settled position has stood still below the head. A settled position that moves, however
 * far behind, is working; one that stays put while later events are committed is stuck.
 */
final class SettledStall {

    private long settled = -1;
    private long sinceNanos;

    /** Records one look; returns the nanoseconds the settled position has stood still below the head (0 if not). */
    synchronized long observe(long settledNow, long head, long nowNanos) {
        if (settledNow >= head) {
            settled = -1;
            return 0;
        }
        if (settledNow != settled) {
            settled = settledNow;
            sinceNanos = nowNanos;
        }
        return nowNanos - sinceNanos;
    }
}
