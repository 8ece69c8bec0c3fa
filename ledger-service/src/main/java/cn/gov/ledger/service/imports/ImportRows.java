package cn.gov.ledger.service.imports;

import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.service.posting.ValidPosting;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** The write-side rows of one batch of imported entries: ledger_entry with positions, idempotency keys. */
final class ImportRows {

    /** One imported entry whose event has been appended. */
    record Written(ImportRow row, ValidPosting posting, String aggregateId, String eventId) {
    }

    private ImportRows() {
    }

    static void write(JdbcTemplate jdbc, List<Written> batch) {
        Map<String, Long> positions = new HashMap<>();
        jdbc.query("SELECT event_identifier, global_index FROM domain_event_entry WHERE event_identifier = ANY (?)",
                rs -> {
                    positions.put(rs.getString(1), rs.getLong(2));
                }, (Object) batch.stream().map(Written::eventId).toArray(String[]::new));
        List<Object[]> entries = new ArrayList<>(batch.size());
        List<Object[]> keys = new ArrayList<>(batch.size());
        for (Written w : batch) {
            ValidPosting p = w.posting();
            Classification c = p.classification();
            entries.add(new Object[] {w.row().entryId(), w.aggregateId(), p.kind().name(), c.department(), c.unit(),
                    c.fiscalYear(), c.source().name(), c.functionalCode().value(),
                    c.economicCode() == null ? null : c.economicCode().value(), p.amountFen(), p.businessDate(),
                    positions.get(w.eventId())});
            keys.add(new Object[] {w.row().key(), w.row().contentHash(), "{\"entryId\":\"" + w.row().entryId() + "\"}"});
        }
        jdbc.batchUpdate("INSERT INTO ledger_entry (entry_id, aggregate_id, kind, department, unit, fiscal_year,"
                + " source, functional_code, economic_code, amount_fen, business_date, position)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", entries);
        jdbc.batchUpdate("INSERT INTO idempotency_record (idempotency_key, request_hash, response_status,"
                + " response_body) VALUES (?, ?, 201, ?)", keys);
    }
}
