package cn.gov.ledger.service.entry;

import static cn.gov.ledger.service.LedgerClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.service.LedgerClient.Answer;
import cn.gov.ledger.service.LedgerIntegrationTest;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReversalTest extends LedgerIntegrationTest {

    @Autowired
    Cache aggregateCache;

    @Test
    void aLineReloadedFromItsEventsStillKnowsWhatWasReversed() {
        appropriate("1000.00");
        String paid = spend("300.00", "30201").body().path("entryId").asText();
        client.post("/api/v1/entries/" + paid + "/reversals", body("reason", "重复录入"));
        aggregateCache.removeAll();
        Answer twice = client.post("/api/v1/entries/" + paid + "/reversals", body("reason", "again"));
        assertThat(twice.status()).as(twice.body().toString()).isEqualTo(409);
        assertThat(spend("1000.00", "30201").status()).isEqualTo(201);
        assertThat(spend("0.01", "30201").status()).isEqualTo(409);
    }

    @Test
    void reversingAnExpenditureGivesItsBudgetBackAndKeepsTheOriginal() {
        appropriate("1000.00");
        String paid = spend("300.00", "30201").body().path("entryId").asText();
        Answer reversal = client.post("/api/v1/entries/" + paid + "/reversals", body("reason", "凭证金额录入错误"));
        assertThat(reversal.status()).isEqualTo(201);
        String reversalId = reversal.body().path("entryId").asText();
        assertThat(client.get("/api/v1/entries/" + paid).body().path("reversedBy").asText()).isEqualTo(reversalId);
        Answer reversed = client.get("/api/v1/entries/" + reversalId);
        assertThat(reversed.body().path("amount").asText()).isEqualTo("-300.00");
        assertThat(reversed.body().path("businessDate").asText()).isEqualTo("2024-03-15");
        assertThat(client.get("/api/v1/budget/lines?department=" + department + "&unit=" + unit
                + "&fiscalYear=2024").body().get(0).path("spent").asText()).isEqualTo("0.00");
    }

    @Test
    void anEntryIsReversedOnceAndAReversalNeverAgain() {
        appropriate("1000.00");
        String paid = spend("300.00", "30201").body().path("entryId").asText();
        String reversal = client.post("/api/v1/entries/" + paid + "/reversals", body("reason", "重复录入"))
                .body().path("entryId").asText();
        Answer twice = client.post("/api/v1/entries/" + paid + "/reversals", body("reason", "again"));
        Answer ofReversal = client.post("/api/v1/entries/" + reversal + "/reversals", body("reason", "undo"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body().path("type").asText()).isEqualTo("/problems/already-reversed");
        assertThat(ofReversal.status()).isEqualTo(409);
        assertThat(ofReversal.body().path("type").asText()).isEqualTo("/problems/reversal-not-reversible");
    }

    /** Income and budget lines are reversed by different aggregates; both must be reachable in one service. */
    @Test
    void incomeAndExpenditureAreBothReversedOnTheirOwnAggregates() {
        appropriate("1000.00");
        String paid = spend("300.00", "30201").body().path("entryId").asText();
        var income = basicLine("amount", "500.00", "businessDate", "2024-02-01", "documentNo", "拨款-001");
        income.remove("expenditureType");
        String received = client.post("/api/v1/income", income).body().path("entryId").asText();
        Answer incomeReversal = client.post("/api/v1/entries/" + received + "/reversals", body("reason", "重复到账"));
        Answer paymentReversal = client.post("/api/v1/entries/" + paid + "/reversals", body("reason", "重复录入"));
        assertThat(incomeReversal.status()).as(incomeReversal.body().toString()).isEqualTo(201);
        assertThat(paymentReversal.status()).as(paymentReversal.body().toString()).isEqualTo(201);
        assertThat(client.get("/api/v1/entries/" + incomeReversal.body().path("entryId").asText()).body()
                .path("amount").asText()).isEqualTo("-500.00");
        Answer twice = client.post("/api/v1/entries/" + received + "/reversals", body("reason", "again"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body().path("type").asText()).isEqualTo("/problems/already-reversed");
    }

    @Test
    void reversingAnAppropriationThatIsAlreadySpentIsRefused() {
        String budget = appropriate("1000.00").body().path("entryId").asText();
        spend("300.00", "30201");
        Answer refused = client.post("/api/v1/entries/" + budget + "/reversals", body("reason", "批复撤销"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().path("spent").asText()).isEqualTo("300.00");
    }

    @Test
    void reversalNeedsAReasonAndADateInsideTheYear() {
        appropriate("1000.00");
        String paid = spend("300.00", "30201").body().path("entryId").asText();
        Answer refused = client.post("/api/v1/entries/" + paid + "/reversals",
                body("reason", " ", "businessDate", "2025-01-02"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("reason", "businessDate");
        assertThat(client.post("/api/v1/entries/nope/reversals", body("reason", "x")).status()).isEqualTo(404);
    }

    /** Income and budget-line entries are reversed by different aggregates; both must be reachable. */
    @Test
    void reversesIncomeAsWellAsBudgetEntries() {
        Answer income = client.post("/api/v1/income", body("department", department, "unit", unit,
                "fiscalYear", "2024", "source", "GENERAL_PUBLIC_BUDGET", "functionalCode", "2010350",
                "amount", "500.00", "businessDate", "2024-02-01", "documentNo", "拨款-2024-009"));
        Answer reversal = client.post("/api/v1/entries/" + income.body().path("entryId").asText() + "/reversals",
                body("reason", "拨款退回"));
        assertThat(reversal.status()).as(reversal.body().toString()).isEqualTo(201);
        assertThat(client.get("/api/v1/entries/" + reversal.body().path("entryId").asText()).body()
                .path("amount").asText()).isEqualTo("-500.00");
        appropriate("100.00");
        String paid = spend("100.00", "30201").body().path("entryId").asText();
        assertThat(client.post("/api/v1/entries/" + paid + "/reversals", body("reason", "x")).status())
                .isEqualTo(201);
    }
}
