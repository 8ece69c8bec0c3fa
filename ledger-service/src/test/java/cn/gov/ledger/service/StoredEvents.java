package cn.gov.ledger.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads committed events straight from the event store, as the query side will: the payload as the contract's
 * record and the metadata as JSON, for one department (every event read here names its department, itself or in
 * its classification).
 */
public final class StoredEvents {

    public record Stored<T>(T payload, JsonNode metaData) {
    }

    private record Row(JsonNode payload, JsonNode metaData) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public StoredEvents(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public <T> List<Stored<T>> of(Class<T> type, String department) {
        List<Row> rows = jdbc.query("SELECT payload, meta_data FROM domain_event_entry WHERE payload_type = ?"
                + " ORDER BY global_index", (rs, i) -> new Row(tree(rs.getBytes(1)), tree(rs.getBytes(2))),
                type.getName());
        return rows.stream().filter(row -> department.equals(row.payload().path("department").asText())
                        || department.equals(row.payload().path("classification").path("department").asText()))
                .map(row -> new Stored<>(convert(row.payload(), type), row.metaData())).toList();
    }

    public <T> List<T> payloads(Class<T> type, String department) {
        return of(type, department).stream().map(Stored::payload).toList();
    }

    private JsonNode tree(byte[] bytes) {
        try {
            return json.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T convert(JsonNode node, Class<T> type) {
        try {
            return json.treeToValue(node, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
