package cn.gov.ledger.service.period;

import static cn.gov.ledger.service.LedgerClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.service.LedgerClient.Answer;
import cn.gov.ledger.service.LedgerIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YearCloseTest extends LedgerIntegrationTest {

    private Answer receive(String amount, String functionalCode) {
        Map<String, Object> income = body("department", department, "unit", unit, "fiscalYear", "2024",
                "source", "GENERAL_PUBLIC_BUDGET", "functionalCode", functionalCode, "amount", amount,
                "businessDate", "2024-02-01", "documentNo", "拨款-2024-001");
        return client.post("/api/v1/income", income);
    }

    private String closePath() {
        return "/api/v1/departments/" + department + "/units/" + unit + "/years/2024/close";
    }

    @Test
    void closingCarriesIncomeLessExpenditureIntoNextYearAndRefusesFurtherEntries() {
        appropriate("1000.00");
        receive("1000.00", "2010350");
        receive("50.00", "2010301");
        spend("700.00", "30201");
        Answer closed = client.post(closePath(), "");
        assertThat(closed.status()).as(closed.body().toString()).isEqualTo(200);
        assertThat(closed.body().path("carriedTo").asInt()).isEqualTo(2025);
        assertThat(closed.body().path("balances").findValuesAsText("amount")).containsExactly("50.00", "300.00");
        assertThat(closed.body().path("balances").findValuesAsText("functionalCode"))
                .containsExactly("2010301", "2010350");

        Answer late = spend("1.00", "30201");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body().path("type").asText()).isEqualTo("/problems/year-closed");
        assertThat(receive("1.00", "2010350").status()).isEqualTo(409);
        assertThat(client.post(closePath(), "").status()).isEqualTo(409);
    }

    @Test
    void nextYearClosesWithTheCarriedBalanceAsItsOpening() {
        receive("500.00", "2010350");
        client.post(closePath(), "");
        Answer next = client.post("/api/v1/departments/" + department + "/units/" + unit + "/years/2025/close", "");
        assertThat(next.status()).isEqualTo(200);
        assertThat(next.body().path("balances").findValuesAsText("amount")).containsExactly("500.00");
    }

    @Test
    void closingAnUnknownUnitIs404() {
        assertThat(client.post("/api/v1/departments/" + department + "/units/none/years/2024/close", "").status())
                .isEqualTo(404);
    }
}
