package cn.gov.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.acceptance.Clients.Reply;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * kill -9 of either service while it works: the ledger while 8 clients post with Idempotency-Keys (every
 * acknowledged entry present once, none extra, after the unacknowledged are retried), the query service in
 * the middle of projecting an import (every imported row one fact, none twice). Recovery times are printed.
 */
@EnabledIf("cn.gov.ledger.acceptance.PostgresCluster#available")
@ExtendWith(FaultyLedger.class)
class CrashIT {

    @Test
    void ledgerKilledWhileEightClientsPostLosesNothingAndPostsNothingTwice(FaultyLedger.Running ledger) throws Exception {
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        List<String> unanswered = new CopyOnWriteArrayList<>();
        Map<String, BigDecimal> amounts = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            int client = c;
            clients.add(pool.submit(() -> {
                for (int i = 0; i < 30; i++) {
                    String key = "kill-" + client + "-" + i;
                    amounts.put(key, BigDecimal.valueOf((i % 5 + 1) * 100L, 0).setScale(2));
                    Reply reply = Clients.post(ledger.services().ledgerUrl + "/api/v1/expenditures", "clerk", key,
                            Clients.expenditure("f-kill", key, amounts.get(key)));
                    if (reply.posted()) {
                        acknowledged.put(key, reply.body().path("entryId").asText());
                    } else {
                        unanswered.add(key);
                    }
                }
            }));
        }
        while (acknowledged.size() < 60) {
            Thread.sleep(10);
        }
        ledger.services().killLedger();
        int beforeKill = acknowledged.size();
        for (Future<?> client : clients) {
            client.get();
        }
        pool.shutdown();
        long restart = ledger.services().startLedger();
        System.out.println("CrashIT: ledger killed after " + beforeKill + " acknowledged postings; healthy again "
                + restart + " ms after its start; " + unanswered.size() + " postings unanswered");
        long position = 0;
        for (String key : amounts.keySet()) {
            Reply reply = Clients.post(ledger.services().ledgerUrl + "/api/v1/expenditures", "clerk", key,
                    Clients.expenditure("f-kill", key, amounts.get(key)));
            assertThat(reply.posted()).as(key + ": " + reply).isTrue();
            if (acknowledged.containsKey(key)) {
                assertThat(reply.body().path("entryId").asText()).as("the entry acknowledged for " + key)
                        .isEqualTo(acknowledged.get(key));
            }
            position = Math.max(position, reply.body().path("position").asLong());
        }
        long sumFen = amounts.values().stream().mapToLong(yuan -> yuan.movePointRight(2).longValueExact()).sum();
        assertThat(amounts).hasSize(240);
        assertThat(Clients.spentFen(ledger.services().ledgerUrl, "f-kill")).isEqualTo(sumFen);
        assertThat(Clients.table05Total(ledger.services().queryUrl, "f-kill", position))
                .isEqualTo(BigDecimal.valueOf(sumFen, 6).setScale(2).toPlainString());
    }


    @Test
    void queryServiceKilledMidImportProjectsEveryEventOnceAfterItsRestart(FaultyLedger.Running ledger) throws Exception {
        StringBuilder csv = new StringBuilder("type,department,unit,fiscalYear,source,functionalCode,expenditureType,"
                + "project,economicCode,amount,businessDate,documentNo,voucherNo,payee,memo,reason\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append("EXPENDITURE,faults,f-imp,2024,GENERAL_PUBLIC_BUDGET,2010301,BASIC,,30201,100.00,2024-03-01,,IMP-")
                    .append(i).append(",文具店,,\n");
        }
        long before = Clients.status(ledger.services().queryUrl).path("headPosition").asLong();
        Http.Answer imported = Http.post("admin", ledger.services().ledgerUrl + "/api/v1/imports", "text/csv", csv.toString());
        assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);
        long position = imported.body().path("position").asLong();
        long processed = Clients.status(ledger.services().queryUrl).path("processedPosition").asLong();
        while (processed <= before) {
            Thread.sleep(5);
            processed = Clients.status(ledger.services().queryUrl).path("processedPosition").asLong();
        }
        long restart = ledger.services().killAndRestartQuery();
        System.out.println("CrashIT: query service killed at processed " + processed + " of " + position
                + "; healthy again " + restart + " ms after the kill");
        assertThat(processed).as("killed in the middle of the import's events").isLessThan(position);
        assertThat(Clients.table05Total(ledger.services().queryUrl, "f-imp", position)).isEqualTo("100.00");
        try (Connection sql = ledger.cluster().connect("postgres"); Statement statement = sql.createStatement()) {
            var facts = statement.executeQuery("SELECT count(*), count(DISTINCT (event_id, row_no)) FROM query.fact"
                    + " WHERE unit = 'f-imp' AND position > " + before + " AND position <= " + position);
            facts.next();
            assertThat(facts.getLong(1)).as("one fact per imported row").isEqualTo(10_000);
            assertThat(facts.getLong(2)).as("none twice").isEqualTo(10_000);
        }
    }
}
