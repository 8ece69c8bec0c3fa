package cn.gov.ledger.query.records;

import java.time.Instant;

/**
 * Who entered a record and when: the actor of its event, the ledger's recording instant and the event's global
 * position (look it up at {@code /api/v1/audit/events}).
 */
public record Entered(String author, Instant recordedAt, long position) {
}
