package cn.gov.ledger.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.service.LedgerIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

class OperationsTest extends LedgerIntegrationTest {

    @LocalServerPort
    int serverPort;

    @Test
    void prometheusCountsAcceptedEntriesByTypeRejectionsByReasonAndCommandLatency() throws Exception {
        appropriate("100.00");
        spend("100.01", "30201");
        HttpRequest.Builder scrape = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + serverPort + "/actuator/prometheus"));
        HttpClient http = HttpClient.newHttpClient();
        assertThat(http.send(scrape.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        String metrics = http.send(scrape.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString("admin:admin-dev".getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(metrics).contains("ledger_entries_accepted_total{type=\"APPROPRIATION\"}");
        assertThat(metrics).contains("ledger_entries_rejected_total{reason=\"over-budget\"}");
        assertThat(metrics).contains("ledger_command_latency_seconds_count{type=\"EXPENDITURE\"}");
    }

    @Test
    void healthIncludesTheDatabase() {
        var health = client.get("/actuator/health").body();
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("db").path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("eventStore").path("details").has("headPosition")).isTrue();
        assertThat(health.path("components").path("eventStore").path("details").path("bulkImportAppending")
                .asBoolean()).isFalse();
    }

    @Test
    void openApiDescribesThePostingEndpoints() {
        var api = client.get("/v3/api-docs").body();
        assertThat(api.path("paths").has("/api/v1/expenditures")).isTrue();
        assertThat(api.path("paths").has("/api/v1/imports")).isTrue();
    }
}
