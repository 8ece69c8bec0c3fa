package cn.gov.ledger.query.rebuild;

import cn.gov.ledger.query.progress.StoredTokens;
import cn.gov.ledger.query.projection.Projection;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The live pooled processor "facts": paused for the switch, handed over to the new tables, resumed. */
@Component
class LiveProcessor {

    private final EventProcessingConfiguration processing;
    private final StoredTokens tokens;
    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final TokenSchema schema;
    private final RebuildProperties properties;

    LiveProcessor(EventProcessingConfiguration processing, StoredTokens tokens, JdbcTemplate jdbc,
                  Serializer serializer, TokenSchema schema, RebuildProperties properties) {
        this.processing = processing;
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.schema = schema;
        this.properties = properties;
    }

    /**
     * Stops the processor, which finishes its batches and releases its segments, and returns the tokens
     * it stored: until {@link Paused#resume()} they do not move, so the rebuild can catch up with them.
     */
    Paused pause() throws Exception {
        StreamingEventProcessor processor = processing
                .eventProcessor(Projection.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no processor " + Projection.PROCESSING_GROUP));
        boolean wasRunning = processor.isRunning();
        if (wasRunning) {
            processor.shutdownAsync().get(properties.processorTimeout().toMillis(), TimeUnit.MILLISECONDS);
        }
        List<TrackingToken> stored = tokens.load(Projection.PROCESSING_GROUP).values().stream()
                .filter(Objects::nonNull).toList();
        return new Paused(processor, wasRunning, stored);
    }

    /**
     * Makes every segment resume where the replay stopped, in the swap's transaction: the new tables hold
     * exactly what that token covers. (Resuming from their own tokens would also be correct, the writes
     * being idempotent, but an idle segment stores its token only now and then, so the tables would answer
     * for an older position until it had re-read everything since.) A segment some other node has claimed
     * would go on from its own token, so then the swap is refused.
     */
    void handOver(GapAwareTrackingToken replayed) {
        if (replayed == null) {
            return; // an empty event store: no segment has anything to resume from
        }
        SerializedObject<byte[]> token = serializer.serialize(replayed, byte[].class);
        int handedOver = jdbc.update("UPDATE " + schema.tokenTable() + " SET " + schema.tokenColumn() + " = ?, "
                + schema.tokenTypeColumn() + " = ?, " + schema.timestampColumn() + " = ? WHERE "
                + schema.processorNameColumn() + " = ? AND " + schema.ownerColumn() + " IS NULL",
                token.getData(), token.getType().getName(), DateTimeUtils.formatInstant(Instant.now()),
                Projection.PROCESSING_GROUP);
        Integer segments = jdbc.queryForObject("SELECT count(*) FROM " + schema.tokenTable() + " WHERE "
                + schema.processorNameColumn() + " = ?", Integer.class, Projection.PROCESSING_GROUP);
        if (segments == null || handedOver != segments) {
            throw new IllegalStateException("only " + handedOver + " of " + segments + " segments of "
                    + Projection.PROCESSING_GROUP + " are free; another node holds the others");
        }
    }

    /** A paused processor and the tokens it stopped at; resuming starts it only if it was running. */
    record Paused(StreamingEventProcessor processor, boolean wasRunning, List<TrackingToken> tokens) {

        void resume() {
            if (wasRunning) {
                processor.start();
            }
        }
    }
}
