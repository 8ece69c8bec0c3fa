package cn.gov.ledger.service.imports;

import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.service.posting.ValidPosting;
import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * One batch of an import written with COPY: the events exactly as Axon's JDBC engine stores them (same serializer,
 * same timestamp format, same columns), then their ledger_entry rows and the rows' idempotency keys. The batch's
 * global positions are drawn from the event sequence first, in order, so every row knows its position without
 * reading it back; the import holds the exclusive append lock, so nobody draws between them.
 */
final class EventCopy {

    /** One imported entry, its event message ready to store. */
    record Entry(ImportRow row, ValidPosting posting, String aggregateType, DomainEventMessage<?> message) {
    }

    private static final String EVENT_COLUMNS = "global_index, event_identifier, aggregate_identifier, sequence_number,"
            + " type, time_stamp, payload_type, payload_revision, payload, meta_data";
    private static final String ENTRY_COLUMNS = "entry_id, aggregate_id, kind, department, unit, fiscal_year, source,"
            + " functional_code, economic_code, amount_fen, business_date, position";
    private static final String KEY_COLUMNS = "idempotency_key, request_hash, response_status, response_body";

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private long written;

    EventCopy(JdbcTemplate jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /**
     * Fresh planner statistics for the tables an import grows: COPY fills them faster than autovacuum notices, and
     * with none the next import's key lookups (pass 1) were planned as scans of the whole table, minutes for 100,000
     * rows. Only a table this import grew by more than a tenth (and 1,000 rows) is analysed: at six million postings
     * an ANALYZE per 20,000-row file read its samples from disk each time, and autovacuum keeps statistics of a big
     * table up to date on its own. Without the owner's right ANALYZE only warns.
     */
    void refreshStatistics() {
        List<String> grown = jdbc.queryForList("SELECT relname FROM pg_class WHERE oid IN"
                + " ('domain_event_entry'::regclass, 'ledger_entry'::regclass, 'idempotency_record'::regclass)"
                + " AND ? > greatest(1000, reltuples / 10) ORDER BY 1", String.class, written);
        if (!grown.isEmpty()) {
            jdbc.execute("ANALYZE " + String.join(", ", grown));
        }
    }

    /** A batch ready to send: its rows for the three tables, and the unit-years it posts into. */
    record Batch(int size, List<Classification> unitYears, CopyRows events, CopyRows entries, CopyRows keys) {
    }

    /**
     * Turns entries into COPY rows off the transaction's thread: the positions are drawn on a connection of
     * its own (a sequence is not transactional, and the exclusive append lock keeps anybody else from drawing).
     */
    Batch prepare(List<Entry> batch, List<Classification> unitYears) {
        List<Long> positions = jdbc.queryForList("SELECT nextval('domain_event_entry_seq') FROM"
                + " generate_series(1, ?) ORDER BY 1", Long.class, batch.size());
        CopyRows events = new CopyRows();
        CopyRows entries = new CopyRows();
        CopyRows keys = new CopyRows();
        for (int i = 0; i < batch.size(); i++) {
            Entry e = batch.get(i);
            long position = positions.get(i);
            DomainEventMessage<?> m = e.message();
            SerializedObject<byte[]> payload = m.serializePayload(serializer, byte[].class);
            events.number(position).text(m.getIdentifier()).text(m.getAggregateIdentifier())
                    .number(m.getSequenceNumber()).text(e.aggregateType())
                    .text(DateTimeUtils.formatInstant(m.getTimestamp())).text(payload.getType().getName())
                    .text(payload.getType().getRevision()).bytes(payload.getData())
                    .bytes(m.serializeMetaData(serializer, byte[].class).getData()).endRow();
            ValidPosting p = e.posting();
            Classification c = p.classification();
            String entryId = e.row().entryId();
            entries.text(entryId).text(m.getAggregateIdentifier()).text(p.kind().name())
                    .text(c.department()).text(c.unit()).number(c.fiscalYear()).text(c.source().name())
                    .text(c.functionalCode().value()).text(c.economicCode() == null ? null : c.economicCode().value())
                    .number(p.amountFen()).text(p.businessDate().toString()).number(position).endRow();
            keys.text(e.row().key()).text(e.row().contentHash()).number(201)
                    .text("{\"entryId\":\"" + entryId + "\"}").endRow();
        }
        return new Batch(batch.size(), unitYears, events, entries, keys);
    }

    /** Sends a prepared batch on the caller's transaction. */
    void write(Batch batch) {
        DataSource dataSource = jdbc.getDataSource();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            batch.events().into(connection, "domain_event_entry", EVENT_COLUMNS);
            batch.entries().into(connection, "ledger_entry", ENTRY_COLUMNS);
            batch.keys().into(connection, "idempotency_record", KEY_COLUMNS);
            written += batch.size();
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
