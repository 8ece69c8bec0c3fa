package cn.gov.ledger.query.progress;

import static cn.gov.ledger.query.support.Postings.appropriation;
import static cn.gov.ledger.query.support.Postings.basicLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.query.support.QueryServiceIntegrationTest;
import cn.gov.ledger.query.support.Users;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Status, health and Prometheus report how far the projection is behind the event store. */
class StatusAndMetricsTest extends QueryServiceIntegrationTest {

    @Test
    void statusReportsTheSafeProcessedPositionTheHeadAndTheLag() throws Exception {
        Classification line = basicLine("stat", "u1", 2024, "2010301");
        long position = events().append(line.budgetLineId(), appropriation("s-a", line, 1_000_000, LocalDate.of(2024, 1, 2)));
        awaitProjected(position);
        JsonNode status = json(get("/api/v1/status"));
        assertThat(status.get("processor").asText()).isEqualTo("facts");
        assertThat(status.get("processedPosition").asLong()).isGreaterThanOrEqualTo(position);
        assertThat(status.get("headPosition").asLong()).isGreaterThanOrEqualTo(status.get("processedPosition").asLong());
        assertThat(status.get("lag").asLong())
                .isEqualTo(status.get("headPosition").asLong() - status.get("processedPosition").asLong());
        assertThat(status.get("segments")).hasSize(4);
    }

    @Test
    void healthIncludesTheDatabaseTheEventStoreTheProjectionLagAndTheTokenClaims() throws Exception {
        Classification line = basicLine("health", "u1", 2024, "2010301");
        long position = events().append(line.budgetLineId(), appropriation("h-a", line, 1_000, LocalDate.of(2024, 1, 2)));
        awaitProjected(position);
        JsonNode health = json(get("/actuator/health"));
        assertThat(health.get("components").has("db")).isTrue();
        JsonNode lag = health.get("components").get("projectionLag");
        assertThat(lag.get("status").asText()).isEqualTo("UP");
        assertThat(lag.get("details").has("lag")).isTrue();
        JsonNode store = health.get("components").get("eventStore");
        assertThat(store.get("details").get("headPosition").asLong()).isGreaterThanOrEqualTo(position);
        JsonNode claims = health.get("components").get("tokenClaims").get("details");
        assertThat(claims.get("segments")).hasSize(4);
        assertThat(claims.get("claimedHere").asInt()).as("a lone instance holds every segment").isEqualTo(4);
        assertThat(claims.get("nodesAlive").toString()).contains(claims.get("node").asText());
    }

    @Test
    void prometheusExposesTheLagGaugeAndTheProcessingRate() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/actuator/prometheus")
                .with(Users.as("admin"))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("ledger_projection_lag_events",
                "ledger_projection_processed_events_total", "ledger_projection_rate");
    }

    private JsonNode json(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(Users.as("clerk"))).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return new ObjectMapper().readTree(response.getContentAsByteArray());
    }
}
