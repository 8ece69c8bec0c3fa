package cn.gov.ledger.service.posting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.service.LedgerClient.Answer;
import cn.gov.ledger.service.LedgerIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdempotencyTest extends LedgerIntegrationTest {

    private Map<String, Object> payment(String amount) {
        Map<String, Object> fields = basicLine("economicCode", "30201", "amount", amount,
                "businessDate", "2024-04-01", "voucherNo", "记-2024-04-0007");
        return fields;
    }

    @Test
    void sameKeyAndBodyReturnsTheFirstAnswerAndPostsNothingNew() {
        appropriate("1000.00");
        Answer first = client.post("/api/v1/expenditures", payment("100.00"), "Idempotency-Key", "k-" + department);
        Answer second = client.post("/api/v1/expenditures", payment("100.00"), "Idempotency-Key", "k-" + department);
        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(lineSpent()).isEqualTo("100.00");
    }

    @Test
    void sameKeyWithAnotherBodyIsAConflictAndChangesNothing() {
        appropriate("1000.00");
        client.post("/api/v1/expenditures", payment("100.00"), "Idempotency-Key", "k-" + department);
        Answer clash = client.post("/api/v1/expenditures", payment("200.00"), "Idempotency-Key", "k-" + department);
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.body().path("type").asText()).isEqualTo("/problems/idempotency-key-reused");
        assertThat(lineSpent()).isEqualTo("100.00");
    }

    @Test
    void aRefusedRequestDoesNotConsumeItsKey() {
        Answer refused = client.post("/api/v1/expenditures", payment("100.00"), "Idempotency-Key", "r-" + department);
        assertThat(refused.status()).isEqualTo(409);
        appropriate("1000.00");
        Answer retried = client.post("/api/v1/expenditures", payment("100.00"), "Idempotency-Key", "r-" + department);
        assertThat(retried.status()).isEqualTo(201);
    }

    private String lineSpent() {
        return client.get("/api/v1/budget/lines?department=" + department + "&unit=" + unit + "&fiscalYear=2024")
                .body().get(0).path("spent").asText();
    }
}
