package cn.gov.ledger.query.audit;

import java.time.DateTimeException;
import java.time.Instant;

/**
 * One row of the write side's event table, exactly as stored: the bytes are not deserialized, so what
 * is hashed and shown is what is on disk.
 *
 * @param timestamp the recording instant as the stored text (Axon writes ISO-8601)
 */
record StoredEvent(long position, String eventId, String aggregateType, String aggregateId, long sequence,
                   String timestamp, String payloadType, String payloadRevision, byte[] payload, byte[] metadata) {

    /** The event's class name without its package: "cn.gov.ledger.api.entry.EntryReversed" → "EntryReversed". */
    String type() {
        return payloadType.substring(payloadType.lastIndexOf('.') + 1);
    }

    /** The recording instant, or null if the stored text is not an instant (it has been edited by hand). */
    Instant recordedAt() {
        return instant(timestamp);
    }

    static Instant instant(String storedTimestamp) {
        try {
            return storedTimestamp == null ? null : Instant.parse(storedTimestamp);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
