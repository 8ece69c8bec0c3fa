package cn.gov.ledger.api.store;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;

/** Axon's JDBC event schema with the snake_case column names of ledger-service's V1__event_store.sql. */
public final class EventTables {

    public static final String EVENT_TABLE = "domain_event_entry";
    public static final String SNAPSHOT_TABLE = "snapshot_event_entry";

    private EventTables() {
    }

    /** The schema on the tables the write side creates. */
    public static EventSchema schema() {
        return schema(EVENT_TABLE, SNAPSHOT_TABLE);
    }

    /** The same columns on tables of other names (the read side's names are configurable). */
    public static EventSchema schema(String eventTable, String snapshotTable) {
        return EventSchema.builder()
                .eventTable(eventTable)
                .snapshotTable(snapshotTable)
                .globalIndexColumn("global_index")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }
}
