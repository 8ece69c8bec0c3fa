package cn.gov.ledger.query.audit;

import static cn.gov.ledger.query.support.Postings.basicLine;
import static cn.gov.ledger.query.support.Postings.expenditure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.api.organisation.DepartmentRegistered;
import cn.gov.ledger.query.support.QueryServiceIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every event is chained; altering a stored payload or deleting a row breaks the chain at exactly that
 * event. The event store is shared by the test classes, so each alteration is undone before the test ends.
 */
class AuditChainTest extends QueryServiceIntegrationTest {

    private static final String DEPT = "aud-ch";

    private AuditHttp http;
    private long paid;
    private long last;

    @BeforeAll
    void postAndChain() throws Exception {
        http = new AuditHttp(mvc);
        AuditEvents events = new AuditEvents(eventStore, jdbc);
        Classification line = basicLine(DEPT, "c1", 2024, "2010301");
        events.append(DEPT, new DepartmentRegistered(DEPT, "链测试中心"), "admin", null);
        paid = events.append(line.budgetLineId(), expenditure("ch-e1", line, "30201", 4_000_000,
                LocalDate.of(2024, 4, 1)), "clerk-wang", "idem-ch-e1");
        last = events.append(line.budgetLineId(), expenditure("ch-e2", line, "30201", 1_000_000,
                LocalDate.of(2024, 4, 2)), "clerk-wang", "idem-ch-e2");
        AuditHttp.awaitChained(jdbc, last);
    }

    @Test
    void anUnalteredStoreVerifiesAsIntactUpToTheChainsHead() throws Exception {
        JsonNode report = http.get("/api/v1/audit/verify");
        assertThat(report.get("intact").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.get("verifiedUpTo").asLong()).isEqualTo(report.get("chainHead").asLong())
                .isGreaterThanOrEqualTo(last);
        assertThat(report.get("eventsVerified").asLong())
                .isEqualTo(jdbc.queryForObject("SELECT count(*) FROM query.event_chain", Long.class));
        assertThat(report.has("firstBrokenLink")).isFalse();
    }

    @Test
    void anAlteredPayloadBreaksTheChainAtExactlyThatEvent() throws Exception {
        Map<String, Object> row = jdbc.queryForMap("SELECT event_identifier, payload FROM domain_event_entry"
                + " WHERE global_index = ?", paid);
        byte[] original = (byte[]) row.get("payload");
        String altered = new String(original, StandardCharsets.UTF_8).replace("4000000", "400000");
        assertThat(altered).isNotEqualTo(new String(original, StandardCharsets.UTF_8));
        jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?",
                altered.getBytes(StandardCharsets.UTF_8), paid);
        try {
            JsonNode report = http.get("/api/v1/audit/verify");
            JsonNode broken = report.get("firstBrokenLink");
            assertThat(report.get("intact").asBoolean()).isFalse();
            assertThat(broken.get("position").asLong()).isEqualTo(paid);
            assertThat(broken.get("eventId").asText()).isEqualTo(row.get("event_identifier"));
            assertThat(broken.get("expectedHash").asText()).isEqualTo(chainedHash(paid));
            assertThat(broken.get("foundHash").asText()).isNotEqualTo(broken.get("expectedHash").asText()).hasSize(64);
            assertThat(report.get("verifiedUpTo").asLong()).isLessThan(paid);
        } finally {
            jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?", original, paid);
        }
        assertThat(http.get("/api/v1/audit/verify").get("intact").asBoolean()).isTrue();
    }

    @Test
    void aDeletedEventIsNamedAsMissing() throws Exception {
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM domain_event_entry WHERE global_index = ?", paid);
        jdbc.update("DELETE FROM domain_event_entry WHERE global_index = ?", paid);
        try {
            JsonNode broken = http.get("/api/v1/audit/verify").get("firstBrokenLink");
            assertThat(broken.get("position").asLong()).isEqualTo(paid);
            assertThat(broken.get("eventId").asText()).isEqualTo(row.get("event_identifier"));
            assertThat(broken.get("problem").asText()).contains("no longer holds");
            assertThat(broken.get("expectedHash").asText()).isEqualTo(chainedHash(paid));
            assertThat(broken.get("foundHash").isNull()).isTrue();
        } finally {
            jdbc.update("""
                    INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier,
                        sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", row.get("global_index"), row.get("event_identifier"),
                    row.get("aggregate_identifier"), row.get("sequence_number"), row.get("type"), row.get("time_stamp"),
                    row.get("payload_type"), row.get("payload_revision"), row.get("payload"), row.get("meta_data"));
        }
        assertThat(http.get("/api/v1/audit/verify").get("intact").asBoolean()).isTrue();
    }

    @Test
    void aHashNotedEarlierMustStillMatch() throws Exception {
        String noted = chainedHash(paid);
        assertThat(http.get("/api/v1/audit/verify?anchorPosition=" + paid + "&anchorHash=" + noted)
                .get("intact").asBoolean()).isTrue();
        String other = HexFormat.of().formatHex(new byte[32]);
        JsonNode broken = http.get("/api/v1/audit/verify?anchorPosition=" + paid + "&anchorHash=" + other)
                .get("firstBrokenLink");
        assertThat(broken.get("position").asLong()).isEqualTo(paid);
        assertThat(broken.get("expectedHash").asText()).isEqualTo(other);
        assertThat(broken.get("foundHash").asText()).isEqualTo(noted);
        assertThat(http.get("/api/v1/audit/verify?anchorPosition=x&anchorHash=abc", 422).get("errors")).hasSize(2);
    }

    @Test
    void chainRowsCannotBeChangedInPlace() {
        assertThatThrownBy(() ->
                jdbc.update("UPDATE query.event_chain SET hash = hash WHERE position = ?", paid))
                .hasMessageContaining("never changed or removed");
    }

    private String chainedHash(long position) {
        return HexFormat.of().formatHex(jdbc.queryForObject("SELECT hash FROM query.event_chain WHERE position = ?",
                byte[].class, position));
    }
}
