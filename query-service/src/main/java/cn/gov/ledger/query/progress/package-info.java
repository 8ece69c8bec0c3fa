/**
 * How far the projection has got.
 *
 * <p>The safe processed position is the highest global index N such that every segment has processed
 * every event at or below N that is its own: for each segment, just below the first committed event it
 * owns (by the hash of the event's aggregate, as the processor assigns them) past its token or among the
 * gaps it passed, and never beyond the furthest token. A segment with nothing to do holds nothing back,
 * however old its token (idle tokens of another node are stored only every few seconds, and a segment's
 * token moves only when its batch commits). Tables read at that position are a consistent
 * cut of the ledger; {@code minPosition} waits for it (bounded, then 503). The settled position also
 * stays below every gap that an append still in flight may fill; a gap whose append has ended without
 * filling it is a hole and is passed at once ({@code Holes}). The status endpoint, the Micrometer gauges
 * and the health indicator report both against the head of the event store; health is DOWN while the
 * settled position stands still below the head.
 */
package cn.gov.ledger.query.progress;
