package cn.gov.ledger.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Clients of the fault tests: postings with an Idempotency-Key that survive a service that is not there. */
final class Clients {

    /** One answer; status -1 when no answer came (connection refused or reset). */
    record Reply(int status, JsonNode body, String retryAfter) {
        boolean posted() {
            return status == 200 || status == 201;
        }
    }

    static final String LINE = "\"department\":\"faults\",\"fiscalYear\":2024,\"source\":\"GENERAL_PUBLIC_BUDGET\","
            + "\"functionalCode\":\"2010301\",\"expenditureType\":\"BASIC\"";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Clients() {
    }

    static String expenditure(String unit, String key, BigDecimal yuan) {
        return "{" + LINE + ",\"unit\":\"" + unit + "\",\"economicCode\":\"30201\",\"amount\":\"" + yuan.toPlainString()
                + "\",\"businessDate\":\"2024-03-01\",\"voucherNo\":\"" + key + "\",\"payee\":\"文具店\"}";
    }

    static String appropriation(String unit, String yuan) {
        return "{" + LINE + ",\"unit\":\"" + unit + "\",\"amount\":\"" + yuan
                + "\",\"businessDate\":\"2024-01-02\",\"documentNo\":\"B-" + unit + "\"}";
    }

    static Reply post(String url, String user, String key, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + user + "-dev").getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return send(request.build());
    }

    static Reply get(String url, String user) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + user + "-dev").getBytes(StandardCharsets.UTF_8))).GET().build());
    }

    private static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            JsonNode body = text.isBlank() || !text.trim().startsWith("{") && !text.trim().startsWith("[")
                    ? Http.JSON.nullNode() : Http.JSON.readTree(text);
            return new Reply(response.statusCode(), body, response.headers().firstValue("Retry-After").orElse(null));
        } catch (IOException e) {
            return new Reply(-1, Http.JSON.nullNode(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Spent on every line of a unit, in fen, as the ledger keeps it. */
    static long spentFen(String ledger, String unit) {
        Reply lines = get(ledger + "/api/v1/budget/lines?department=faults&unit=" + unit + "&fiscalYear=2024", "admin");
        if (lines.status() != 200) {
            throw new AssertionError("budget lines: " + lines);
        }
        long fen = 0;
        for (JsonNode line : lines.body()) {
            fen += new BigDecimal(line.path("spent").asText()).movePointRight(2).longValueExact();
        }
        return fen;
    }

    /** Table 05's total for one unit (万元, two decimals) once the projection has passed {@code position}. */
    static String table05Total(String query, String unit, long position) {
        Reply table = get(query + "/api/v1/departments/faults/years/2024/tables/05?unit=" + unit + "&minPosition="
                + position, "auditor");
        if (table.status() != 200) {
            throw new AssertionError("table 05: " + table);
        }
        return table.body().path("rows").get(0).path("cells").path("total").asText();
    }

    /** The query service's status: processed, settled and head positions. */
    static JsonNode status(String query) {
        return get(query + "/api/v1/status", "admin").body();
    }
}
