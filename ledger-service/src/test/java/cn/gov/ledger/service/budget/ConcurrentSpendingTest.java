package cn.gov.ledger.service.budget;

import static cn.gov.ledger.service.LedgerClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.service.LedgerClient.Answer;
import cn.gov.ledger.service.LedgerIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ConcurrentSpendingTest extends LedgerIntegrationTest {

    @Autowired
    Cache aggregateCache;

    @Test
    void sixteenClerksPostingAtOnceNeverOverspendALine() throws Exception {
        appropriate("1000.00");
        ExecutorService clerks = Executors.newFixedThreadPool(16);
        List<Future<Answer>> answers = new ArrayList<>();
        for (int i = 0; i < 160; i++) {
            int n = i;
            answers.add(clerks.submit(() -> spend("7.00", "30201", "voucherNo", "记-2024-05-" + n)));
        }
        int accepted = 0;
        int refused = 0;
        for (Future<Answer> answer : answers) {
            int status = answer.get(60, TimeUnit.SECONDS).status();
            if (status == 201) {
                accepted++;
            } else if (status == 409) {
                refused++;
            }
        }
        clerks.shutdown();
        assertThat(accepted).as("1000.00 / 7.00 = 142 payments fit").isEqualTo(142);
        assertThat(refused).isEqualTo(18);
        Answer lines = client.get("/api/v1/budget/lines?department=" + department + "&unit=" + unit
                + "&fiscalYear=2024");
        assertThat(lines.body().get(0).path("spent").asText()).isEqualTo("994.00");
        assertThat(lines.body().get(0).path("available").asText()).isEqualTo("6.00");
    }

    /** With the cache emptied under their feet, clerks load lines mid-commit; conflicts retry, none leak out. */
    @Test
    void conflictsFromStaleLoadsAreRetriedNeverOverspentNeverLost() throws Exception {
        appropriate("500.00");
        ExecutorService clerks = Executors.newFixedThreadPool(16);
        AtomicBoolean racing = new AtomicBoolean(true);
        Thread evictor = new Thread(() -> {
            while (racing.get()) {
                aggregateCache.removeAll();
                Thread.onSpinWait();
            }
        });
        evictor.start();
        List<Future<Answer>> answers = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            int n = i;
            answers.add(clerks.submit(() -> spend("5.00", "30201", "voucherNo", "记-2024-06-" + n)));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Answer> answer : answers) {
            statuses.add(answer.get(60, TimeUnit.SECONDS).status());
        }
        racing.set(false);
        evictor.join();
        clerks.shutdown();
        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(100);
        assertThat(client.get("/api/v1/budget/lines?department=" + department + "&unit=" + unit
                + "&fiscalYear=2024").body().get(0).path("spent").asText()).isEqualTo("500.00");
    }

    /**
     * Reversals take the line's aggregate lock on their own path while grouped payments hold its row lock until
     * their group commits: every one is still answered, none refused or timed out, and the sums are exact.
     */
    @Test
    void reversalsAndPaymentsOnOneLineAtOnceAreAllAnswered() throws Exception {
        appropriate("1000.00");
        List<String> paid = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            paid.add(spend("5.00", "30201", "voucherNo", "记-2024-07-" + i).body().path("entryId").asText());
        }
        ExecutorService clerks = Executors.newFixedThreadPool(16);
        List<Future<Answer>> answers = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int n = i;
            answers.add(clerks.submit(() -> spend("5.00", "30201", "voucherNo", "记-2024-08-" + n)));
            if (n % 3 == 0) {
                String entry = paid.get(n / 3);
                answers.add(clerks.submit(() -> client.post("/api/v1/entries/" + entry + "/reversals",
                        body("reason", "重复录入"))));
            }
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Answer> answer : answers) {
            statuses.add(answer.get(60, TimeUnit.SECONDS).status());
        }
        clerks.shutdown();
        assertThat(statuses).hasSize(80).containsOnly(201);
        assertThat(client.get("/api/v1/budget/lines?department=" + department + "&unit=" + unit
                + "&fiscalYear=2024").body().get(0).path("spent").asText()).isEqualTo("300.00");
    }
}
