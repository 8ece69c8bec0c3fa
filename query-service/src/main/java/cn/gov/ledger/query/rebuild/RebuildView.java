package cn.gov.ledger.query.rebuild;

import java.time.Instant;

/**
 * A rebuild as an administrator sees it.
 *
 * @param hold            whether it waits for an explicit switch once complete
 * @param eventsDone      the global index the replay has reached (the progress towards eventsTotal)
 * @param eventsTotal     the event store's head position (its highest global index) when last looked at
 * @param eventsRead      events replayed so far (fewer than eventsDone where rolled-back appends left holes)
 * @param eventsPerSecond events replayed per second spent replaying (indexing and waiting not counted)
 * @param failure         why it failed, for FAILED
 */
public record RebuildView(long id, RebuildState state, RebuildPhase phase, boolean hold, long eventsDone,
                          long eventsTotal, long eventsRead, double eventsPerSecond, Instant startedAt,
                          Instant switchedAt, Instant finishedAt, String failure) {
}
