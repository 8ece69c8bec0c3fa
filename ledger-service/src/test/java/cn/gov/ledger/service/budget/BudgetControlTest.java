package cn.gov.ledger.service.budget;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.service.LedgerClient.Answer;
import cn.gov.ledger.service.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;

class BudgetControlTest extends LedgerIntegrationTest {

    @Test
    void acceptsExpenditureWithinBudgetAndAnswersEntryAndPosition() {
        assertThat(appropriate("1000.00").status()).isEqualTo(201);
        Answer spent = spend("400.00", "30201");
        assertThat(spent.status()).isEqualTo(201);
        assertThat(spent.body().path("entryId").asText()).isNotBlank();
        assertThat(spent.body().path("position").asLong()).isPositive();
    }

    @Test
    void rejectsExpenditureOverBudgetNamingLineAvailableAndRequested() {
        appropriate("1000.00");
        spend("900.00", "30201");
        Answer refused = spend("100.01", "30201");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().path("available").asText()).isEqualTo("100.00");
        assertThat(refused.body().path("requested").asText()).isEqualTo("100.01");
        assertThat(refused.body().path("lineId").asText()).startsWith("line-");
    }

    @Test
    void rejectsExpenditureWithoutAnyBudgetLine() {
        Answer refused = spend("1.00", "30201");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().path("type").asText()).isEqualTo("/problems/no-budget-line");
    }
}
