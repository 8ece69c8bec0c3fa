package cn.gov.ledger.query.projection;

import static cn.gov.ledger.query.support.Postings.appropriation;
import static cn.gov.ledger.query.support.Postings.basicLine;
import static cn.gov.ledger.query.support.Postings.expenditure;
import static cn.gov.ledger.query.support.Tables.cell;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.api.budget.ExpenditureRecorded;
import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.api.organisation.DepartmentRegistered;
import cn.gov.ledger.query.support.LedgerEvents;
import cn.gov.ledger.query.support.QueryServiceIntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Redelivered events (a retried batch, a replay after a reset) are counted once. */
class IdempotentProjectionTest extends QueryServiceIntegrationTest {

    private static final long WAN = 1_000_000;

    @Autowired
    EntryFactsProjection entries;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void theSameEventHandledTwiceIsCountedOnce() {
        Classification line = basicLine("idem-a", "u1", 2024, "2010301");
        ExpenditureRecorded event = expenditure("twice-1", line, "30201", 5 * WAN, LocalDate.of(2024, 5, 5));
        GenericEventMessage<ExpenditureRecorded> message = new GenericEventMessage<>(event, MetaData.with("actor", "x"));
        GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(999_999, List.of());
        transactions.executeWithoutResult(status -> {
            entries.on(event, message, token);
            entries.on(event, message, token);
        });
        transactions.executeWithoutResult(status -> entries.on(event, message, token));
        Map<String, Object> facts = jdbc.queryForMap(
                "SELECT count(*) AS facts, sum(amount_fen) AS fen FROM query.fact WHERE department = 'idem-a'");
        assertThat(((Number) facts.get("facts")).longValue()).isEqualTo(1);
        assertThat(((Number) facts.get("fen")).longValue()).isEqualTo(5 * WAN);
    }

    @Test
    void replayingEveryEventAfterATokenResetChangesNoTable() throws Exception {
        LedgerEvents events = events();
        Classification line = basicLine("idem-b", "u1", 2024, "2010301");
        events.append("idem-b", new DepartmentRegistered("idem-b", "重放测试中心"));
        events.append(line.budgetLineId(), appropriation("ib-a", line, 80 * WAN, LocalDate.of(2024, 1, 2)));
        long last = events.append(line.budgetLineId(), expenditure("ib-e", line, "30201", 12 * WAN,
                LocalDate.of(2024, 4, 1)));
        awaitProjected(last);
        long factsBefore = jdbc.queryForObject("SELECT count(*) FROM query.fact", Long.class);
        String before = tables().get("idem-b", 2024, "03", "").get("rows").toString();

        StreamingEventProcessor processor = processing.eventProcessor(Projection.PROCESSING_GROUP,
                StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        awaitReplayDone(processor, events.head());

        assertThat(jdbc.queryForObject("SELECT count(*) FROM query.fact", Long.class)).isEqualTo(factsBefore);
        assertThat(tables().get("idem-b", 2024, "03", "").get("rows").toString()).isEqualTo(before);
        assertThat(cell(tables().get("idem-b", 2024, "05", ""), "total", "basic")).isEqualTo("12.00");
    }

    /**
     * Done once every segment has passed the head again. (A segment stays "replaying" until it sees an
     * event newer than the reset point, so Axon's replay flag is no measure of the replay being over.)
     */
    private void awaitReplayDone(StreamingEventProcessor processor, long head) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (processor.processingStatus().isEmpty() || progress.current().processed() < head) {
            assertThat(System.nanoTime()).as("replay finished in time: %s %s", progress.current(),
                    processor.processingStatus()).isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
