package cn.gov.ledger.service.budget;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.api.budget.RecordExpenditureCommand;
import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.api.code.EconomicCode;
import cn.gov.ledger.api.code.ExpenditureType;
import cn.gov.ledger.api.code.FunctionalCode;
import cn.gov.ledger.api.code.FundingSource;
import cn.gov.ledger.service.LedgerClient.Answer;
import cn.gov.ledger.service.LedgerIntegrationTest;
import cn.gov.ledger.service.posting.PostingService;
import cn.gov.ledger.service.support.Actor;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A posting that loads its line while another transaction's event on that line is not yet committed collides
 * on the event sequence; it must be retried on fresh state, not fail and not double count.
 */
class StaleLoadRetryTest extends LedgerIntegrationTest {

    @Autowired
    TransactionTemplate transaction;
    @Autowired
    PostingService postings;
    @Autowired
    Cache aggregateCache;

    @Test
    void aPostingThatLoadedAStaleLineIsRetriedAndSucceeds() throws Exception {
        appropriate("100.00");
        Classification line = new Classification(department, unit, 2024, FundingSource.GENERAL_PUBLIC_BUDGET,
                FunctionalCode.of("2010350"), ExpenditureType.BASIC, null, null);
        String lineId = line.budgetLineId();
        CompletableFuture<Answer> second = new CompletableFuture<>();
        transaction.executeWithoutResult(status -> {
            postings.dispatch(new RecordExpenditureCommand(lineId, "first-" + department,
                    line.withEconomicCode(EconomicCode.of("30201")), 6_000, LocalDate.of(2024, 3, 1), "v", "p", "m", null),
                    lineId, new Actor("test"), null);
            aggregateCache.removeAll();
            CompletableFuture.runAsync(() -> second.complete(spend("40.00", "30201")));
            sleep(4000);
        });
        Answer answer = second.get(60, TimeUnit.SECONDS);
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        Answer lines = client.get("/api/v1/budget/lines?department=" + department + "&unit=" + unit
                + "&fiscalYear=2024");
        assertThat(lines.body().get(0).path("spent").asText()).isEqualTo("100.00");
        assertThat(spend("0.01", "30201").status()).isEqualTo(409);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
