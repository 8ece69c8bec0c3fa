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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A hole left on purpose in the global sequence (an index drawn under the append lock, then rolled back) is
 * passed by the query side's settled position within two seconds; and 32 clients racing one budget line
 * never overspend it. Times and counts are printed.
 */
@EnabledIf("cn.gov.ledger.acceptance.PostgresCluster#available")
@ExtendWith(FaultyLedger.class)
class SequenceHoleIT {

    @Test
    void aHoleLeftOnPurposeIsPassedBySettledWithinTwoSeconds(FaultyLedger.Running ledger) throws Exception {
        long hole;
        long position;
        try (Connection appender = ledger.cluster().connect("postgres")) {
            appender.setAutoCommit(false);
            try (Statement sql = appender.createStatement()) {
                sql.execute("SELECT pg_advisory_xact_lock_shared(" + 0x4C454447L + ")");
                var drawn = sql.executeQuery("SELECT nextval('domain_event_entry_seq')");
                drawn.next();
                hole = drawn.getLong(1);
            }
            Reply posted = Clients.post(ledger.services().ledgerUrl + "/api/v1/expenditures", "clerk", "hole-1",
                    Clients.expenditure("f-hole", "hole-1", new BigDecimal("100.00")));
            assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
            position = posted.body().path("position").asLong();
            assertThat(position).isGreaterThan(hole);
            Clients.table05Total(ledger.services().queryUrl, "f-hole", position);
            assertThat(Clients.status(ledger.services().queryUrl).path("settledPosition").asLong())
                    .as("an index its append may still fill holds the settled position").isLessThan(hole);
            appender.rollback();
        }
        long rolledBack = System.nanoTime();
        long millis = FaultyLedger.awaitSettled(ledger.services().queryUrl, position, rolledBack);
        System.out.println("SequenceHoleIT: settled passed the hole at " + hole + " " + millis + " ms after its append rolled back");
        assertThat(millis).isLessThan(2000);
    }


    @Test
    void thirtyTwoClientsRacingOneLineNeverOverspend(FaultyLedger.Running ledger) throws Exception {
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < 32; c++) {
            int client = c;
            clients.add(pool.submit(() -> {
                for (int i = 0; i < 10; i++) {
                    String key = "race-" + client + "-" + i;
                    Reply reply = Clients.post(ledger.services().ledgerUrl + "/api/v1/expenditures", "clerk", key,
                            Clients.expenditure("f-race", key, new BigDecimal("10.00")));
                    statuses.computeIfAbsent(reply.status(), s -> new AtomicInteger()).incrementAndGet();
                }
            }));
        }
        for (Future<?> client : clients) {
            client.get();
        }
        pool.shutdown();
        System.out.println("SequenceHoleIT: 32 clients racing one line of 1000.00 with 320 × 10.00: " + statuses);
        assertThat(statuses.keySet()).containsOnly(201, 409);
        assertThat(statuses.get(201).get()).isEqualTo(100);
        assertThat(Clients.spentFen(ledger.services().ledgerUrl, "f-race")).isEqualTo(100_000);
    }
}
