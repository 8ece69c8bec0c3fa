package cn.gov.ledger.api.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class EventTablesTest {

    @Test
    void theWriteSideSchemaUsesTheSnakeCaseColumnsOfItsMigration() {
        EventSchema schema = EventTables.schema();
        assertThat(schema.domainEventTable()).isEqualTo("domain_event_entry");
        assertThat(schema.snapshotTable()).isEqualTo("snapshot_event_entry");
        assertThat(schema.globalIndexColumn()).isEqualTo("global_index");
        assertThat(schema.timestampColumn()).isEqualTo("time_stamp");
        assertThat(schema.metaDataColumn()).isEqualTo("meta_data");
    }

    @Test
    void otherTableNamesKeepTheSameColumns() {
        EventSchema schema = EventTables.schema("events", "snapshots");
        assertThat(schema.domainEventTable()).isEqualTo("events");
        assertThat(schema.snapshotTable()).isEqualTo("snapshots");
        assertThat(schema.payloadRevisionColumn()).isEqualTo("payload_revision");
    }
}
