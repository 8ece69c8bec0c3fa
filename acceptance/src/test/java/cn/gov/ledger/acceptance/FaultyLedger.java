package cn.gov.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Both services on a PostgreSQL cluster of the fault tests' own, which they may kill and restart, with the
 * department {@code faults}, one unit per fault test and a budget on each. Started once for every fault test
 * class in the run and stopped at the end.
 */
final class FaultyLedger implements ParameterResolver {

    /** The running cluster and services. */
    record Running(PostgresCluster cluster, Services services) implements ExtensionContext.Store.CloseableResource {

        @Override
        public void close() throws Exception {
            try {
                services.close();
            } finally {
                cluster.close();
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Running.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(FaultyLedger.class, key -> start(), Running.class);
    }

    private static Running start() {
        PostgresCluster cluster = null;
        try {
            cluster = new PostgresCluster();
            Services services = new Services(cluster.jdbcUrl("postgres"));
            assertThat(Clients.post(services.ledgerUrl + "/api/v1/departments", "admin", null,
                    "{\"code\":\"faults\",\"name\":\"故障测试部门\"}").status()).isEqualTo(201);
            for (String unit : List.of("f-kill", "f-pg", "f-race", "f-hole", "f-imp")) {
                assertThat(Clients.post(services.ledgerUrl + "/api/v1/departments/faults/units", "admin", null,
                        "{\"code\":\"" + unit + "\",\"name\":\"故障测试单位 " + unit + "\"}").status()).isEqualTo(201);
                String budget = unit.equals("f-race") ? "1000.00" : "1000000.00";
                assertThat(Clients.post(services.ledgerUrl + "/api/v1/budget/appropriations", "officer", null,
                        Clients.appropriation(unit, budget)).status()).isEqualTo(201);
            }
            return new Running(cluster, services);
        } catch (Exception | AssertionError e) {
            if (cluster != null) {
                try {
                    cluster.close();
                } catch (Exception closing) {
                    e.addSuppressed(closing);
                }
            }
            throw new IllegalStateException("the fault tests' cluster and services did not start", e);
        }
    }

    /** Milliseconds from {@code since} (System.nanoTime) until settled is at least {@code position}; gives up at 60 s. */
    static long awaitSettled(String queryUrl, long position, long since) throws InterruptedException {
        while (Clients.status(queryUrl).path("settledPosition").asLong() < position
                && System.nanoTime() - since < 60_000_000_000L) {
            Thread.sleep(20);
        }
        return (System.nanoTime() - since) / 1_000_000;
    }
}
