package cn.gov.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.testsupport.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Two query-service instances share the projection's four segments through their claims in the shared
 * token store, answer the same tables, and when one is killed outright the other takes over its segments
 * and keeps the tables current.
 */
@EnabledIf("cn.gov.ledger.testsupport.TestDatabase#available")
class ScaleOutIT {

    private static final String DEPT = "scale";
    private static final String LINE = "\"department\":\"scale\",\"unit\":\"scale-1\",\"fiscalYear\":2024,"
            + "\"source\":\"GENERAL_PUBLIC_BUDGET\",\"functionalCode\":\"2010301\",\"expenditureType\":\"BASIC\"";

    @Test
    void twoInstancesShareTheSegmentsAndTheSurvivorTakesOverWhenOneDies() throws Exception {
        try (Services services = new Services(TestDatabase.createDatabase("scale_out"))) {
            String ledger = services.ledgerUrl;
            assertThat(Http.post("admin", ledger + "/api/v1/departments", "application/json",
                    "{\"code\":\"" + DEPT + "\",\"name\":\"扩展测试部门\"}").status()).isEqualTo(201);
            assertThat(Http.post("admin", ledger + "/api/v1/departments/" + DEPT + "/units", "application/json",
                    "{\"code\":\"scale-1\",\"name\":\"扩展测试单位\"}").status()).isEqualTo(201);
            assertThat(Http.post("officer", ledger + "/api/v1/budget/appropriations", "application/json", "{" + LINE
                    + ",\"amount\":\"1000000.00\",\"businessDate\":\"2024-01-02\",\"documentNo\":\"B-1\"}")
                    .status()).isEqualTo(201);
            Services.Instance second = services.addQueryInstance();

            awaitClaims(services.queryUrl, 2, Duration.ofSeconds(60));
            awaitClaims(second.url(), 2, Duration.ofSeconds(60));
            long position = postExpenditures(ledger, 1, 20);
            JsonNode first = table05(services.queryUrl, position);
            assertThat(table05(second.url(), position).path("rows")).isEqualTo(first.path("rows"));
            assertThat(total(first)).isEqualTo("0.20");

            services.queryProcess().destroyForcibly().waitFor();
            Instant killed = Instant.now();
            awaitClaims(second.url(), 4, Duration.ofSeconds(90));
            System.out.println("ScaleOutIT: survivor held all 4 segments "
                    + Duration.between(killed, Instant.now()).toMillis() + " ms after the other instance was killed");

            long later = postExpenditures(ledger, 21, 20);
            assertThat(total(table05(second.url(), later))).isEqualTo("0.40");
        }
    }

    /** Posts {@code count} expenditures of 100.00 yuan each; returns the position of the last. */
    private static long postExpenditures(String ledger, int first, int count) {
        long position = 0;
        for (int i = first; i < first + count; i++) {
            Http.Answer answer = Http.post("clerk", ledger + "/api/v1/expenditures", "application/json", "{" + LINE
                    + ",\"economicCode\":\"30201\",\"amount\":\"100.00\",\"businessDate\":\"2024-03-01\","
                    + "\"voucherNo\":\"V-" + i + "\",\"payee\":\"文具店\"}");
            assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
            position = answer.body().path("position").asLong();
        }
        return position;
    }

    private static JsonNode table05(String queryUrl, long position) {
        Http.Answer answer = Http.get("auditor", queryUrl + "/api/v1/departments/" + DEPT + "/years/2024/tables/05?minPosition="
                + position);
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        return answer.body();
    }

    private static String total(JsonNode table) {
        return table.path("rows").get(0).path("cells").path("total").asText();
    }

    private static void awaitClaims(String queryUrl, int segments, Duration patience) throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        JsonNode claims = null;
        while (Instant.now().isBefore(deadline)) {
            claims = Http.get("admin", queryUrl + "/actuator/health").body().path("components").path("tokenClaims")
                    .path("details");
            if (claims.path("claimedHere").asInt() == segments) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(queryUrl + " did not come to hold " + segments + " segments: " + claims);
    }
}
