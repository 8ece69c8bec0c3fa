package cn.gov.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.ledger.testsupport.TestDatabase;
import java.math.BigDecimal;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Both jars as run.sh and docker compose start them: Flyway migrates as the owner, the services run as
 * logins of their own, created by the services. Those logins post and answer as usual, and over plain JDBC
 * the ledger's may not UPDATE or DELETE an event, the query service's may not append an event nor UPDATE
 * or DELETE a link of the hash chain it appends to, yet may rebuild its projection. Roles are
 * cluster-wide: each run names its own and drops them.
 */
@EnabledIf("cn.gov.ledger.testsupport.TestDatabase#available")
class LeastPrivilegeIT {

    private static final String PASSWORD = "least-privilege-it";

    @Test
    void theServicesRunAsLoginsThatCanNeitherRewriteTheEventStoreNorTheChain() throws Exception {
        String owner = TestDatabase.createDatabase("least_privilege");
        String server = owner.contains("?") ? owner.substring(0, owner.indexOf('?')) : owner;
        String run = UUID.randomUUID().toString().substring(0, 8);
        String ledgerLogin = "ledger_app_" + run;
        String queryLogin = "query_app_" + run;
        String ledgerUrl = "http://127.0.0.1:" + Services.freePort();
        String queryUrl = "http://127.0.0.1:" + Services.freePort();
        List<Process> processes = new ArrayList<>();
        try {
            start("ledger-service", server, ledgerUrl, owner, ledgerLogin, processes);
            start("query-service", server, queryUrl, owner, queryLogin, processes);
            long position = postOneExpenditure(ledgerUrl);
            assertThat(Clients.table05Total(queryUrl, "lp-1", position)).isEqualTo("0.01");
            try (Connection connection = DriverManager.getConnection(owner)) {
                assertThat(count(connection, "SELECT count(DISTINCT usename) FROM pg_stat_activity WHERE datname ="
                        + " current_database() AND usename IN ('" + ledgerLogin + "', '" + queryLogin + "')"))
                        .as("both services connected as their logins").isEqualTo(2);
            }
            try (Connection ledger = DriverManager.getConnection(server, ledgerLogin, PASSWORD)) {
                assertThat(count(ledger, "SELECT count(*) FROM domain_event_entry WHERE global_index = " + position))
                        .isEqualTo(1);
                assertDenied(ledger, "UPDATE domain_event_entry SET payload = payload WHERE global_index = " + position);
                assertDenied(ledger, "DELETE FROM domain_event_entry WHERE global_index = " + position);
            }
            try (Connection query = DriverManager.getConnection(server, queryLogin, PASSWORD)) {
                awaitChained(query, position);
                assertDenied(query, "INSERT INTO domain_event_entry SELECT * FROM domain_event_entry WHERE false");
                assertDenied(query, "UPDATE query.event_chain SET hash = hash WHERE position = " + position);
                assertDenied(query, "DELETE FROM query.event_chain WHERE position = " + position);
                assertDenied(query, "DELETE FROM domain_event_entry WHERE global_index = " + position);
            }
            awaitRebuilt(queryUrl);
            assertThat(Clients.table05Total(queryUrl, "lp-1", position)).isEqualTo("0.01");
        } finally {
            for (int i = processes.size() - 1; i >= 0; i--) {
                processes.get(i).destroy();
                processes.get(i).waitFor();
            }
            dropLogins(owner, ledgerLogin, queryLogin);
        }
    }

    /** The owner migrates (its URL carries its credentials); the service connects as {@code login}. */
    private static void start(String service, String server, String url, String ownerUrl, String login,
                              List<Process> started) throws Exception {
        Process process = Services.start(service, server, URI.create(url).getPort(), Map.of(
                "SPRING_FLYWAY_URL", ownerUrl, "SPRING_DATASOURCE_USERNAME", login,
                "SPRING_DATASOURCE_PASSWORD", PASSWORD));
        started.add(process);
        Services.awaitHealthy(url, process, service);
    }

    private static long postOneExpenditure(String ledger) {
        assertThat(Clients.post(ledger + "/api/v1/departments", "admin", null,
                "{\"code\":\"faults\",\"name\":\"权限测试部门\"}").status()).isEqualTo(201);
        assertThat(Clients.post(ledger + "/api/v1/departments/faults/units", "admin", null,
                "{\"code\":\"lp-1\",\"name\":\"权限测试单位\"}").status()).isEqualTo(201);
        assertThat(Clients.post(ledger + "/api/v1/budget/appropriations", "officer", null,
                Clients.appropriation("lp-1", "1000.00")).status()).isEqualTo(201);
        Clients.Reply posted = Clients.post(ledger + "/api/v1/expenditures", "clerk", "lp-1",
                Clients.expenditure("lp-1", "lp-1", new BigDecimal("100.00")));
        assertThat(posted.status()).as(String.valueOf(posted.body())).isEqualTo(201);
        return posted.body().path("position").asLong();
    }

    /** The query service's login appends the chain: its head reaches the posting. */
    private static void awaitChained(Connection query, long position) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (count(query, "SELECT position FROM query.event_chain_head") < position) {
            assertThat(Instant.now()).as("chain head reaching " + position).isBefore(deadline);
            Thread.sleep(200);
        }
        assertThat(count(query, "SELECT count(*) FROM query.event_chain WHERE position = " + position)).isEqualTo(1);
    }

    /** The query service's login owns the projection tables, so it may rebuild them and swap them in. */
    private static void awaitRebuilt(String queryUrl) throws Exception {
        Clients.Reply started = Clients.post(queryUrl + "/api/v1/admin/rebuilds", "admin", null, "{}");
        assertThat(started.status()).as(String.valueOf(started.body())).isEqualTo(202);
        String rebuild = queryUrl + "/api/v1/admin/rebuilds/" + started.body().path("id").asLong();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        Clients.Reply state = Clients.get(rebuild, "admin");
        while (state.body().path("state").asText().equals("RUNNING") && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            state = Clients.get(rebuild, "admin");
        }
        assertThat(state.body().path("state").asText()).as(String.valueOf(state.body())).isEqualTo("SWITCHED");
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void assertDenied(Connection connection, String sql) {
        assertThatThrownBy(() -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }).as(sql).hasMessageContaining("permission denied");
    }

    private static void dropLogins(String ownerUrl, String... logins) throws SQLException {
        try (Connection owner = DriverManager.getConnection(ownerUrl); Statement statement = owner.createStatement()) {
            for (String login : logins) {
                statement.execute("DO $$ BEGIN IF EXISTS (SELECT FROM pg_roles WHERE rolname = '" + login + "') THEN"
                        + " EXECUTE 'REASSIGN OWNED BY " + login + " TO current_user';"
                        + " EXECUTE 'DROP OWNED BY " + login + "'; EXECUTE 'DROP ROLE " + login + "'; END IF; END $$");
            }
        }
    }
}
