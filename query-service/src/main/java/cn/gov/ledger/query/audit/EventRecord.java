package cn.gov.ledger.query.audit;

import cn.gov.ledger.api.MetaDataKeys;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One event of the history as served.
 *
 * @param type       the payload's class name without package; {@code payloadType} is the full name
 * @param recordedAt the recording instant exactly as stored (ISO-8601)
 * @param payload    the stored payload as JSON
 * @param metadata   the stored metadata as JSON; actor, commandId and idempotencyKey are lifted out of it
 */
record EventRecord(long position, String eventId, String type, String payloadType, String revision,
                   String aggregateType, String aggregateId, long sequence, String recordedAt, String actor,
                   String commandId, String idempotencyKey, JsonNode payload, JsonNode metadata) {

    static EventRecord of(StoredEvent event, JsonNode payload, JsonNode metadata) {
        return new EventRecord(event.position(), event.eventId(), event.type(), event.payloadType(),
                event.payloadRevision(), event.aggregateType(), event.aggregateId(), event.sequence(),
                event.timestamp(), EventJson.meta(metadata, MetaDataKeys.ACTOR),
                EventJson.meta(metadata, MetaDataKeys.COMMAND_ID),
                EventJson.meta(metadata, MetaDataKeys.IDEMPOTENCY_KEY), payload, metadata);
    }
}
