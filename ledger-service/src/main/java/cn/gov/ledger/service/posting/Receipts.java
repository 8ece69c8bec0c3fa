package cn.gov.ledger.service.posting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The 201 answer of a record that is not a ledger entry (a contract, a project, a count, an indicator). */
@Component
public class Receipts {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    Receipts(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * 201 with the given names and values, in order, and the global position of the newest event of
     * {@code aggregateId}, appended in this transaction, so a reader can wait until the query side has it.
     */
    public Outcome created(String aggregateId, String... namesAndValues) {
        ObjectNode body = json.createObjectNode();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            body.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        Long position = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry"
                + " WHERE aggregate_identifier = ?", Long.class, aggregateId);
        body.put("position", position == null ? 0 : position);
        return new Outcome(201, body, false);
    }
}
