package cn.gov.ledger.service.posting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.service.LedgerClient.Answer;
import cn.gov.ledger.service.LedgerIntegrationTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Amounts are bounded per posting and per budget line, checked before anything is appended. */
class AmountLimitsTest extends LedgerIntegrationTest {

    private static final String ENTRY_MAX = "999999999999.99";

    @Test
    void anAmountAboveTheLimitIsRefusedByField() {
        for (String amount : new String[] {"1000000000000.00", "9999999999999999.99"}) {
            Answer refused = appropriate(amount);
            assertThat(refused.status()).as(amount).isEqualTo(422);
            assertThat(refused.body().path("errors").get(0).path("field").asText()).isEqualTo("amount");
            assertThat(refused.body().path("errors").get(0).path("message").asText()).contains(ENTRY_MAX);
        }
        assertThat(budget()).isEqualTo("0.00");
    }

    @Test
    void appropriationsThatWouldOverflowALineAreRefusedBeforeAppending() {
        for (int i = 0; i < 10; i++) {
            assertThat(appropriate(ENTRY_MAX, "documentNo", "APP-" + i).status()).isEqualTo(201);
        }
        Answer refused = appropriate(ENTRY_MAX, "documentNo", "APP-10");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().path("errors").get(0).path("field").asText()).isEqualTo("amount");
        assertThat(refused.body().path("errors").get(0).path("message").asText()).contains("9999999999999.99");
        assertThat(budget()).isEqualTo("9999999999999.90");
        assertThat(spend("100.00", "30201").status()).isEqualTo(201);
    }

    @Test
    void anAmountSentAsAJsonNumberIs422AskingToQuoteIt() {
        Map<String, Object> fields = basicLine("amount", 12000.5, "businessDate", "2024-01-05", "documentNo", "N-1");
        Answer refused = client.post("/api/v1/budget/appropriations", fields);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().path("errors").get(0).path("field").asText()).isEqualTo("amount");
        assertThat(refused.body().path("errors").get(0).path("message").asText()).contains("quote the amount");
        assertThat(budget()).isEqualTo("0.00");
    }

    @Test
    void trailingGarbageOrAKeyGivenTwiceIs400() throws Exception {
        String valid = new ObjectMapper().writeValueAsString(
                basicLine("amount", "10.00", "businessDate", "2024-01-05", "documentNo", "T-1"));
        Answer trailing = client.post("/api/v1/budget/appropriations", valid + " {\"amount\":\"99.00\"}");
        assertThat(trailing.status()).isEqualTo(400);
        assertThat(trailing.body().path("type").asText()).isEqualTo("/problems/malformed");
        Answer twice = client.post("/api/v1/budget/appropriations",
                valid.replace("\"amount\":\"10.00\"", "\"amount\":\"10.00\",\"amount\":\"99999.00\""));
        assertThat(twice.status()).isEqualTo(400);
        assertThat(budget()).isEqualTo("0.00");
    }

    private String budget() {
        var lines = client.get("/api/v1/budget/lines?department=" + department + "&unit=" + unit + "&fiscalYear=2024")
                .body();
        return lines.isEmpty() ? "0.00" : lines.get(0).path("budget").asText();
    }
}
