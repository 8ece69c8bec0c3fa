package cn.gov.ledger.query.rebuild;

import cn.gov.ledger.query.axon.EventReplica;
import cn.gov.ledger.query.axon.EventStoreProperties;
import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * The first, bulk pass of a replay: the event table read with plain JDBC in pages of thousands, each event
 * deserialized with the event serializer's mapper into the message and token Axon's storage engine would have
 * made. The engine's lazy, upcasting stream of 500-event batches parsed each time stamp twice with a formatter
 * and looked each payload's deserializer up again, half the replay's CPU. This project has no upcasters, which
 * {@code NoUpcastersTest} keeps true. An event committed later below a page's
 * events is a gap in the token, as in the engine, and the engine's catch-up passes that follow read it.
 */
@Component
class EventPages {

    /** Axon's default lowest global index: a first event above it leaves the indexes below as gaps. */
    private static final long LOWEST_INDEX = 1;

    private final DataSource events;
    private final EventDecoder decoder;
    /** Deserializing is most of a replay's reading; a pool of its own keeps both cores at it. */
    private final ForkJoinPool decoding = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
    private final String select;
    private final Duration gapTimeout;
    private final int maxGapOffset;

    EventPages(DataSource dataSource, EventReplica replica, EventSchema schema,
               @Qualifier("eventSerializer") Serializer serializer, EventStoreProperties properties) {
        this.events = replica.dataSource().orElse(dataSource); // where the storage engine reads them
        this.decoder = new EventDecoder(serializer);
        this.select = "SELECT " + String.join(", ", schema.globalIndexColumn(), schema.eventIdentifierColumn(),
                schema.timestampColumn(), schema.payloadTypeColumn(), schema.payloadRevisionColumn(),
                schema.payloadColumn(), schema.metaDataColumn(), schema.typeColumn(),
                schema.aggregateIdentifierColumn(), schema.sequenceNumberColumn())
                + " FROM " + schema.domainEventTable() + " WHERE " + schema.globalIndexColumn() + " > ? ORDER BY "
                + schema.globalIndexColumn() + " LIMIT ?";
        this.gapTimeout = properties.gapTimeout();
        this.maxGapOffset = properties.maxGapOffset();
    }

    /**
     * The next page of at most {@code size} events after the token, each carrying its own token; empty at the
     * head. The rows are read and the tokens computed in order, then the payloads are deserialized in parallel.
     */
    List<TrackedEventMessage<?>> after(GapAwareTrackingToken token, int size) throws Exception {
        List<Row> rows = new ArrayList<>(size);
        Instant gapsAllowedAfter = GenericEventMessage.clock.instant().minus(gapTimeout);
        try (Connection connection = events.getConnection();
             PreparedStatement statement = connection.prepareStatement(select)) {
            statement.setLong(1, token == null ? -1 : token.getIndex());
            statement.setInt(2, size);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    Instant timestamp = StoredInstant.parse(result.getString(3));
                    token = advance(token, result.getLong(1), timestamp.isAfter(gapsAllowedAfter));
                    rows.add(new Row(token, timestamp, result.getString(2), result.getString(4), result.getString(5),
                            result.getBytes(6), result.getBytes(7), result.getString(8), result.getString(9),
                            result.getLong(10)));
                }
            }
        }
        return decoding.submit(() -> rows.parallelStream().<TrackedEventMessage<?>>map(this::message).toList()).get();
    }

    @PreDestroy
    void stop() {
        decoding.shutdownNow();
    }

    /** As JdbcEventStorageEngine#getTrackedEventData computes each event's token (Axon 4.13). */
    private GapAwareTrackingToken advance(GapAwareTrackingToken token, long index, boolean allowGaps) {
        if (token != null) {
            return token.advanceTo(index, allowGaps ? maxGapOffset : 0);
        }
        return GapAwareTrackingToken.newInstance(index, allowGaps
                ? LongStream.range(Math.min(LOWEST_INDEX, index), index).boxed()
                        .collect(Collectors.toCollection(TreeSet::new))
                : Collections.emptySortedSet());
    }

    /**
     * As the engine's entry and EventUtils#upcastAndDeserializeTrackedEvents make the message: an event whose
     * aggregate identifier is its own identifier was not published by an aggregate.
     */
    private TrackedEventMessage<?> message(Row row) {
        GenericMessage<Object> message = new GenericMessage<>(row.identifier(),
                decoder.payload(row.payload(), row.payloadType(), row.revision()), decoder.metaData(row.metaData()));
        if (row.aggregate() == null || row.aggregate().equals(row.identifier())) {
            return new GenericTrackedEventMessage<>(row.token(), message, row::timestamp);
        }
        return new GenericTrackedDomainEventMessage<>(row.token(), row.type(), row.aggregate(), row.sequence(),
                message, row::timestamp);
    }

    /** One stored event as read, with the token it advances to. */
    private record Row(GapAwareTrackingToken token, Instant timestamp, String identifier, String payloadType,
                       String revision, byte[] payload, byte[] metaData, String type, String aggregate,
                       long sequence) {
    }
}
