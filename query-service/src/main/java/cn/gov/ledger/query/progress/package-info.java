/**
 * How far the projection has got.
 *
 * <p>The safe processed position is the highest global index N such that every segment has processed
 * every event at or below N: the lowest segment token, lowered further to just below any remembered
 * gap that has since been filled by a committed event. Tables read at that position are a consistent
 * cut of the ledger; {@code minPosition} waits for it (bounded, then 503). The settled position also
 * stays below every gap that an append still in flight may fill; a gap whose append has ended without
 * filling it is a hole and is passed at once ({@code Holes}). The status endpoint, the Micrometer gauges
 * and the health indicator report both against the head of the event store; health is DOWN while the
 * settled position stands still below the head.
 */
package cn.gov.ledger.query.progress;
