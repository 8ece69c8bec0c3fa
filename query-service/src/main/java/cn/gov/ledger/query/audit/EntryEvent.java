package cn.gov.ledger.query.audit;

import cn.gov.ledger.api.MetaDataKeys;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One event in an entry's story, read from the event store.
 *
 * @param role       {@code posted} (the event that made the entry), {@code reversed-by} (a reversal of
 *                   it) or {@code reverses} (the entry it undoes, for a reversal)
 * @param entryId    the entry the event posted
 * @param recordedAt the recording instant as stored
 * @param reason     the reason a reversal or budget adjustment gives
 * @param documentNo the document number (文号) of an appropriation, adjustment or income
 * @param voucherNo  an expenditure's voucher number (凭证号); documentNo, voucherNo, payee and memo are as posted
 * @param counted    whether the table asked for counts this event's entry (a reversal recorded after the
 *                   table's knownAt or position, or dated after its asOf, is shown but not counted)
 * @param stored     false if the event store no longer holds the event: the fact outlived it
 */
public record EntryEvent(String role, String entryId, String type, long position, String eventId,
                         String recordedAt, String actor, String commandId, String idempotencyKey, String reason,
                         String documentNo, String voucherNo, String payee, String memo,
                         boolean counted, boolean stored) {

    static EntryEvent of(String role, FactRow fact, StoredEvent event, JsonNode payload, JsonNode metadata,
                         boolean counted) {
        return new EntryEvent(role, fact.entryId(), event.type(), event.position(), event.eventId(), event.timestamp(),
                EventJson.meta(metadata, MetaDataKeys.ACTOR), EventJson.meta(metadata, MetaDataKeys.COMMAND_ID),
                EventJson.meta(metadata, MetaDataKeys.IDEMPOTENCY_KEY), EventJson.text(payload, "reason"),
                EventJson.text(payload, "documentNo"), EventJson.text(payload, "voucherNo"),
                EventJson.text(payload, "payee"), EventJson.text(payload, "memo"), counted, true);
    }

    /** What the projected fact still tells of an event the store no longer holds. */
    static EntryEvent missing(String role, FactRow fact, boolean counted) {
        return new EntryEvent(role, fact.entryId(), null, fact.position(), fact.eventId(), fact.recordedAt().toString(),
                fact.actor(), null, null, null, null, null, null, null, counted, false);
    }
}
