package cn.gov.ledger.service.posting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.service.LedgerIntegrationTest;
import cn.gov.ledger.service.expenditure.ExpenditurePostings;
import cn.gov.ledger.service.problem.Rejection;
import cn.gov.ledger.service.support.Actor;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Group commit (on by default), made deterministic: the committer is held on a first piece of work while the
 * postings under test queue behind it, so they form one group whatever the machine's speed.
 */
class GroupCommitTest extends LedgerIntegrationTest {

    @Autowired
    PostingGroups groups;
    @Autowired
    ExpenditurePostings expenditures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    @Qualifier("databaseOutage")
    HandlerExceptionResolver outage;

    private PostingRequest payment(String amount) {
        Map<String, Object> f = basicLine();
        return new PostingRequest(department, unit, "2024", (String) f.get("functionalCode"),
                "GENERAL_PUBLIC_BUDGET", "BASIC", null, "30201", amount, "2024-03-15", null, "记-" + amount,
                "某公司", null, null, null);
    }

    @Test
    void concurrentPostingsShareOneTransactionAndARefusedOneIsRefusedAlone() throws Exception {
        appropriate("100.00");
        List<CompletableFuture<Object>> answers = inOneGroup(this::transactionId,
                () -> expenditures.record(payment("30.00"), null, new Actor("clerk")),
                () -> expenditures.record(payment("500.00"), null, new Actor("clerk")),
                () -> expenditures.record(payment("40.00"), null, new Actor("clerk")), this::transactionId);
        Outcome first = (Outcome) answers.get(1).get(30, TimeUnit.SECONDS);
        Object refused = answers.get(2).get(30, TimeUnit.SECONDS);
        Outcome third = (Outcome) answers.get(3).get(30, TimeUnit.SECONDS);
        assertThat(first.status()).isEqualTo(201);
        assertThat(third.status()).isEqualTo(201);
        assertThat(refused).isInstanceOfSatisfying(Rejection.class,
                r -> assertThat(r.reason()).isEqualTo("over-budget"));
        // The same top-level transaction before and after them: they ran, and committed, in one.
        Outcome before = (Outcome) answers.get(0).get(30, TimeUnit.SECONDS);
        Outcome after = (Outcome) answers.get(4).get(30, TimeUnit.SECONDS);
        assertThat(after.body()).isEqualTo(before.body());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ledger_entry WHERE entry_id IN (?, ?)", Long.class,
                first.body().path("entryId").asText(), third.body().path("entryId").asText())).isEqualTo(2L);
        assertThat(first.body().path("position").asLong()).isLessThan(third.body().path("position").asLong());
        assertThat(spent()).isEqualTo(7_000L);
    }

    @Test
    void aKeyRepeatedInsideOneGroupPostsOnceAndAnswersBothAlike() throws Exception {
        appropriate("100.00");
        String key = "group-" + department;
        List<CompletableFuture<Object>> answers = inOneGroup(
                () -> expenditures.record(payment("10.00"), key, new Actor("clerk")),
                () -> expenditures.record(payment("10.00"), key, new Actor("clerk")));
        Outcome first = (Outcome) answers.get(0).get(30, TimeUnit.SECONDS);
        Outcome second = (Outcome) answers.get(1).get(30, TimeUnit.SECONDS);
        assertThat(second.body().toString()).isEqualTo(first.body().toString());
        assertThat(second.replayed()).isTrue();
        assertThat(spent()).isEqualTo(1_000L);
    }

    @Test
    void aGroupWhoseConnectionIsLostAnswersEveryCaller503AndARetryWithItsKeyPostsOnce() throws Exception {
        appropriate("100.00");
        String key = "lost-" + department;
        List<CompletableFuture<Object>> answers = inOneGroup(
                () -> expenditures.record(payment("10.00"), key, new Actor("clerk")),
                () -> groups.submit(department + "/" + unit, () -> {
                    jdbc.queryForList("SELECT pg_terminate_backend(pg_backend_pid())");
                    return new Outcome(200, null, false);
                }).orElseThrow(),
                () -> expenditures.record(payment("20.00"), null, new Actor("clerk")));
        for (CompletableFuture<Object> answer : answers) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            outage.resolveException(new MockHttpServletRequest("POST", "/api/v1/expenditures"), response, null,
                    (Exception) answer.get(30, TimeUnit.SECONDS));
            assertThat(response.getStatus()).isEqualTo(503);
            assertThat(response.getHeader("Retry-After")).isNotBlank();
        }
        assertThat(spent()).isZero();
        // The committer serves on, and the retry posts the entry once.
        Outcome retried = expenditures.record(payment("10.00"), key, new Actor("clerk"));
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.replayed()).isFalse();
        assertThat(expenditures.record(payment("10.00"), key, new Actor("clerk")).replayed()).isTrue();
        assertThat(spent()).isEqualTo(1_000L);
    }

    @Test
    void anUnexpectedErrorFailsItsOwnWorkAloneAndTheGroupCommits() throws Exception {
        appropriate("100.00");
        List<CompletableFuture<Object>> answers = inOneGroup(
                () -> expenditures.record(payment("30.00"), null, new Actor("clerk")),
                () -> groups.submit(department + "/" + unit, () -> {
                    throw new AssertionError("unexpected");
                }).orElseThrow(),
                () -> expenditures.record(payment("40.00"), null, new Actor("clerk")));
        assertThat(((Outcome) answers.get(0).get(30, TimeUnit.SECONDS)).status()).isEqualTo(201);
        assertThat(answers.get(1).get(30, TimeUnit.SECONDS)).isInstanceOf(AssertionError.class);
        assertThat(((Outcome) answers.get(2).get(30, TimeUnit.SECONDS)).status()).isEqualTo(201);
        assertThat(expenditures.record(payment("5.00"), null, new Actor("clerk")).status()).isEqualTo(201);
        assertThat(spent()).isEqualTo(7_500L);
    }

    /** Holds the committer, queues every posting behind it, then lets them run as one group; answers or refusals. */
    private List<CompletableFuture<Object>> inOneGroup(Posting... postings) throws InterruptedException {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> blocker = CompletableFuture.runAsync(() -> groups.submit(department + "/" + unit,
                () -> {
                    held.countDown();
                    await(release);
                    return new Outcome(200, null, false);
                }));
        assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
        List<CompletableFuture<Object>> answers = new ArrayList<>();
        for (Posting posting : postings) {
            int before = groups.queued();
            answers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return posting.post();
                } catch (RuntimeException | Error e) {
                    return e;
                }
            }));
            while (groups.queued() == before) {
                Thread.sleep(5);
            }
        }
        release.countDown();
        blocker.join();
        return answers;
    }

    /** A piece of group work that answers with its transaction's id (top-level, even inside a savepoint). */
    private Outcome transactionId() {
        return groups.submit(department + "/" + unit, () -> new Outcome(200, JsonNodeFactory.instance
                .numberNode(jdbc.queryForObject("SELECT txid_current()", Long.class)), false)).orElseThrow();
    }

    private long spent() {
        return jdbc.queryForObject("SELECT spent_fen FROM budget_line WHERE department = ?", Long.class, department);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @FunctionalInterface
    private interface Posting {
        Outcome post();
    }
}
