package cn.gov.ledger.query.projection;

import cn.gov.ledger.api.MetaDataKeys;
import java.time.Instant;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;

/**
 * Where a fact comes from: the event's global index (its place in the ledger's one order), its id,
 * when the ledger recorded it and who posted it.
 */
record EventOrigin(long position, String eventId, Instant recordedAt, String actor) {

    static EventOrigin of(EventMessage<?> message, TrackingToken token) {
        long position = token.position().orElseThrow(
                () -> new IllegalStateException("token without a position for event " + message.getIdentifier()));
        Object actor = message.getMetaData().get(MetaDataKeys.ACTOR);
        return new EventOrigin(position, message.getIdentifier(), message.getTimestamp(),
                actor == null ? null : actor.toString());
    }
}
