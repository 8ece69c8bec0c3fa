/**
 * How far the projection has got.
 *
 * <p>The safe processed position is the highest global index N such that every segment has processed
 * every event at or below N: the lowest segment token, lowered further to just below any remembered
 * gap that has since been filled by a committed event. Tables read at that position are a consistent
 * cut of the ledger; {@code minPosition} waits for it (bounded, then 503); the status endpoint, the
 * Micrometer gauges and the health indicator report it against the head of the event store.
 */
package cn.gov.ledger.query.progress;
