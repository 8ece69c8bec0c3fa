package cn.gov.ledger.query.rebuild;

import static cn.gov.ledger.query.rebuild.RebuildClient.state;
import static cn.gov.ledger.query.support.Postings.appropriation;
import static cn.gov.ledger.query.support.Postings.basicLine;
import static cn.gov.ledger.query.support.Postings.expenditure;
import static cn.gov.ledger.query.support.Tables.cell;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.query.support.LedgerEvents;
import cn.gov.ledger.query.support.QueryServiceIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** What a rebuild is for, and what it must not lose while the ledger keeps posting. */
class RebuildWhileLiveTest extends QueryServiceIntegrationTest {

    private static final long WAN = 1_000_000;
    private static final LocalDate MARCH = LocalDate.of(2024, 3, 1);

    /**
     * Facts the projection got wrong (here doubled behind its back, as a bug would) are right again after
     * a rebuild, including in the in-memory cache that had loaded the wrong ones.
     */
    @Test
    void aRebuildRepairsWhatTheProjectionGotWrongCachedAnswersIncluded() throws Exception {
        Classification line = basicLine("rbf", "u1", 2024, "2010301");
        events().append(line.budgetLineId(), appropriation("rbf-a", line, 80 * WAN, LocalDate.of(2024, 1, 2)));
        awaitProjected(events().append(line.budgetLineId(), expenditure("rbf-e", line, "30201", 30 * WAN, MARCH)));
        jdbc.update("UPDATE query.fact SET amount_fen = amount_fen * 2 WHERE entry_id = 'rbf-e'");
        JsonNode wrong = tables().get("rbf", 2024, "03", "");
        assertThat(cell(wrong, "total", "total")).isEqualTo("60.00");

        RebuildClient rebuilds = new RebuildClient(mvc);
        rebuilds.await(rebuilds.started(null).get("id").asLong(), state("SWITCHED"));
        JsonNode repaired = tables().get("rbf", 2024, "03", "");
        assertThat(cell(repaired, "total", "total")).isEqualTo("30.00");
        assertThat(repaired.get("position").asLong()).as("the tables do not go back in time")
                .isGreaterThanOrEqualTo(wrong.get("position").asLong());
    }

    /** Postings that arrive while the rebuild loads, catches up and switches all end up in the new tables. */
    @Test
    void everyEventPostedDuringARebuildReachesTheNewTables() throws Exception {
        Classification line = basicLine("rbw", "u1", 2024, "2010301");
        events().append(line.budgetLineId(), appropriation("rbw-a", line, 10_000 * WAN, LocalDate.of(2024, 1, 2)));
        AtomicLong posted = new AtomicLong();
        AtomicLong last = new AtomicLong();
        Thread clerk = new Thread(() -> {
            LedgerEvents own = events();
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    long n = posted.incrementAndGet();
                    last.set(own.append(line.budgetLineId(), expenditure("rbw-" + n, line, "30201", WAN, MARCH)));
                    Thread.sleep(2);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "clerk");
        clerk.start();
        RebuildClient rebuilds = new RebuildClient(mvc);
        try {
            rebuilds.await(rebuilds.started(null).get("id").asLong(), state("SWITCHED"));
            Thread.sleep(200);
        } finally {
            clerk.interrupt();
            clerk.join();
        }
        awaitProjected(last.get());
        assertThat(posted.get()).isGreaterThan(10);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM query.fact WHERE department = 'rbw'"
                + " AND kind = 'EXPENDITURE'", Long.class)).isEqualTo(posted.get());
        assertThat(cell(tables().get("rbw", 2024, "03", ""), "total", "total")).isEqualTo(posted.get() + ".00");
    }
}
