package cn.gov.ledger.query.axon;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the events are and how patiently to wait for the holes in the global index.
 *
 * @param eventTable           the write side's event table (schema {@code public} by default)
 * @param snapshotTable        the write side's snapshot table
 * @param tokenTable           this service's token table
 * @param batchSize            events fetched per query; matches the processor's batch size
 * @param gapTimeout           how long a missing global index is still expected to appear. A hole only
 *                             lasts as long as a concurrent posting's transaction (bulk imports hold the
 *                             append lock exclusively, so nothing commits past them); a minute is ample
 * @param gapCleaningThreshold number of remembered holes before old ones are checked and dropped
 * @param maxGapOffset         how far behind the newest event a hole is still remembered
 * @param claimTimeout         after this long without an update a segment's claim may be taken over
 * @param fetchDelay           how long a caught-up reader waits before asking the event table again. The events
 *                             come from another process, so nothing wakes the reader early: this bounds how
 *                             soon a posting shows in the tables (Axon's default is a whole second)
 * @param recoveryInterval     how often segments left idle by an error (a database restart) are looked for and
 *                             taken back, instead of waiting out Axon's growing back-off
 */
@ConfigurationProperties("ledger.query.event-store")
public record EventStoreProperties(
        @DefaultValue("domain_event_entry") String eventTable,
        @DefaultValue("snapshot_event_entry") String snapshotTable,
        @DefaultValue("query.token_entry") String tokenTable,
        @DefaultValue("500") int batchSize,
        @DefaultValue("60s") Duration gapTimeout,
        @DefaultValue("250") int gapCleaningThreshold,
        @DefaultValue("10000") int maxGapOffset,
        @DefaultValue("10s") Duration claimTimeout,
        @DefaultValue("100ms") Duration fetchDelay,
        @DefaultValue("100ms") Duration recoveryInterval) {
}
