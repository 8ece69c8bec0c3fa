package cn.gov.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * The first step past one machine (docs/scaling.md): a query service that reads the events from a PostgreSQL
 * streaming standby (pg_basebackup -R of the ledger's cluster) while it writes its projection on the primary
 * answers tables 01–09 as the one reading the primary does, shows its replication lag in status and health, and
 * settles nothing the standby has not replayed.
 */
@EnabledIf("cn.gov.ledger.acceptance.PostgresCluster#available")
class ReplicaIT {

    private static final String DEPARTMENT = SeedYear.DEPARTMENT;

    @Test
    void queryServiceReadingTheStandbyAnswersTheSameTablesAndShowsItsLag() throws Exception {
        try (PostgresCluster primary = new PostgresCluster(); PostgresCluster standby = primary.standby();
             Services services = new Services(primary.jdbcUrl("postgres"))) {
            long position = SeedYear.importEntries(services.ledgerUrl).body().path("position").asLong();
            Map<String, JsonNode> fromPrimary = tables(services.queryUrl, position);

            // The same projection, built again from nothing by an instance that reads the events from the standby.
            services.queryProcess().destroy();
            services.queryProcess().waitFor();
            try (Connection connection = primary.connect("postgres"); Statement sql = connection.createStatement()) {
                sql.execute("DROP SCHEMA query, query_next CASCADE");
            }
            int port = Services.freePort();
            String replicaReader = "http://127.0.0.1:" + port;
            Process process = Services.start("query-service", primary.jdbcUrl("postgres"), port, Map.of(
                    "LEDGER_QUERY_EVENTS_URL", standby.jdbcUrl("postgres"),
                    "LEDGER_CONSOLE_LEDGER_URL", services.ledgerUrl), "query-service-replica");
            try {
                Services.awaitHealthy(replicaReader, process, "query-service-replica");
                long projected = FaultyLedger.awaitSettled(replicaReader, position, System.nanoTime());
                System.out.println("ReplicaIT: the standby's reader projected the year to " + position + " in "
                        + projected + " ms");
                assertThat(tables(replicaReader, position)).isEqualTo(fromPrimary);
                JsonNode health = Http.get("admin", replicaReader + "/actuator/health").body()
                        .path("components").path("replication");
                assertThat(health.path("status").asText()).as(health.toString()).isEqualTo("UP");
                assertThat(health.path("details").has("replicationLagMs")).as(health.toString()).isTrue();

                try (Connection connection = standby.connect("postgres"); Statement sql = connection.createStatement()) {
                    sql.execute("SELECT pg_wal_replay_pause()");
                    long later = post(services.ledgerUrl, "replica-paused");
                    Thread.sleep(1000); // a reader of the primary would have processed it by now
                    JsonNode paused = Clients.status(replicaReader);
                    System.out.println("ReplicaIT: status with the standby's replay paused: " + paused);
                    assertThat(paused.path("processedPosition").asLong()).isLessThan(later);
                    assertThat(paused.path("settledPosition").asLong()).isLessThan(later);
                    assertThat(paused.path("replication").path("eventsBehind").asLong()).isPositive();
                    assertThat(paused.path("replication").path("replicationLagBytes").asLong()).isPositive();
                    assertThat(paused.path("replication").has("replicationLagMs")).isTrue();
                    sql.execute("SELECT pg_wal_replay_resume()");
                    long since = System.nanoTime();
                    long millis = FaultyLedger.awaitSettled(replicaReader, later, since);
                    System.out.println("ReplicaIT: settled reached " + later + " " + millis + " ms after replay resumed");
                    assertThat(Clients.status(replicaReader).path("settledPosition").asLong()).isGreaterThanOrEqualTo(later);
                }
            } finally {
                process.destroy();
                process.waitFor();
            }
        }
    }

    /** One appropriation to the seed unit, posted while the standby does not replay; returns its position. */
    private static long post(String ledger, String key) {
        String body = "{\"department\":\"" + DEPARTMENT + "\",\"unit\":\"wcjgsw-bj\",\"fiscalYear\":2024,"
                + "\"source\":\"GENERAL_PUBLIC_BUDGET\",\"functionalCode\":\"2010301\",\"expenditureType\":\"BASIC\","
                + "\"amount\":\"1.00\",\"businessDate\":\"2024-03-01\",\"documentNo\":\"" + key + "\"}";
        Clients.Reply reply = Clients.post(ledger + "/api/v1/budget/appropriations", "officer", key, body);
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        return reply.body().path("position").asLong();
    }

    /** Tables 01–09 as of {@code position}, each table's rows by number. */
    private static Map<String, JsonNode> tables(String query, long position) {
        Map<String, JsonNode> tables = new LinkedHashMap<>();
        for (int table = 1; table <= 9; table++) {
            String number = "0" + table;
            Http.Answer answer = Http.get("auditor", query + "/api/v1/departments/" + DEPARTMENT + "/years/2024/tables/"
                    + number + "?minPosition=" + position);
            assertThat(answer.status()).as(number + ": " + answer.body()).isEqualTo(200);
            tables.put(number, answer.body().path("rows"));
        }
        return tables;
    }
}
