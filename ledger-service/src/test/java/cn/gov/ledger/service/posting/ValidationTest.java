package cn.gov.ledger.service.posting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.service.LedgerClient.Answer;
import cn.gov.ledger.service.LedgerIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of bad input is refused field by field, as problem+json, and changes nothing. */
class ValidationTest extends LedgerIntegrationTest {

    @ParameterizedTest(name = "{0}={1} is refused on {2}")
    @CsvSource(delimiter = '|', value = {
            "amount|-5.00|expenditure",
            "amount|0.00|appropriation",
            "amount|12.345|expenditure",
            "amount|abc|income",
            "businessDate|2023-12-31|expenditure",
            "businessDate|2024-13-01|appropriation",
            "functionalCode|20103|expenditure",
            "functionalCode|2010|appropriation",
            "functionalCode|2999999|income",
            "economicCode|302|expenditure",
            "economicCode|39998|expenditure",
            "unit|no-such-unit|expenditure",
            "department|no-such-dept|appropriation",
            "source|CASH|income",
            "expenditureType|CAPITAL|appropriation",
            "fiscalYear|24|appropriation",
            "project|某项目|expenditure"})
    void refusesBadFieldWith422NamingTheField(String field, String value, String kind) {
        appropriate("1000.00");
        Map<String, Object> body = valid(kind);
        body.put(field, value);
        Answer refused = client.post(path(kind), body);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().path("errors").findValuesAsText("field")).contains(field);
        assertNothingSpentBeyondSetUp();
    }

    @Test
    void projectIsRequiredForProjectLinesAndAdjustmentsNeedAReason() {
        Map<String, Object> project = valid("appropriation");
        project.put("expenditureType", "PROJECT");
        Map<String, Object> adjustment = valid("adjustment");
        adjustment.remove("reason");
        assertThat(client.post(path("appropriation"), project).body().path("errors").findValuesAsText("field"))
                .containsExactly("project");
        assertThat(client.post(path("adjustment"), adjustment).body().path("errors").findValuesAsText("field"))
                .containsExactly("reason");
    }

    @Test
    void listsEveryBadFieldAtOnce() {
        Map<String, Object> body = valid("expenditure");
        body.put("amount", "-1");
        body.put("functionalCode", "x");
        body.remove("businessDate");
        assertThat(client.post(path("expenditure"), body).body().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("amount", "functionalCode", "businessDate");
    }

    @Test
    void malformedJsonIs400() {
        Answer refused = client.post(path("expenditure"), "{\"amount\": ");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    private Map<String, Object> valid(String kind) {
        Map<String, Object> body = basicLine("amount", "10.00", "businessDate", "2024-03-01");
        switch (kind) {
            case "expenditure" -> body.put("economicCode", "30201");
            case "income" -> {
                body.remove("expenditureType");
                body.put("documentNo", "拨款-001");
            }
            case "adjustment" -> body.put("reason", "年中追加");
            default -> { }
        }
        return body;
    }

    private static String path(String kind) {
        return switch (kind) {
            case "expenditure" -> "/api/v1/expenditures";
            case "income" -> "/api/v1/income";
            case "adjustment" -> "/api/v1/budget/adjustments";
            default -> "/api/v1/budget/appropriations";
        };
    }

    private void assertNothingSpentBeyondSetUp() {
        Answer lines = client.get("/api/v1/budget/lines?department=" + department + "&unit=" + unit
                + "&fiscalYear=2024");
        assertThat(lines.body().size()).isEqualTo(1);
        assertThat(lines.body().get(0).path("budget").asText()).isEqualTo("1000.00");
        assertThat(lines.body().get(0).path("spent").asText()).isEqualTo("0.00");
    }
}
