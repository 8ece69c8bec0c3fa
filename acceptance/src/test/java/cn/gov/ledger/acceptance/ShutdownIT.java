package cn.gov.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.testsupport.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Stopped as run.sh stops them (SIGTERM to the query service, then to the ledger), both services end within
 * their bounded shutdown phases, with the exit status of a signalled JVM and no ERROR in their logs.
 */
@EnabledIf("cn.gov.ledger.testsupport.TestDatabase#available")
class ShutdownIT {

    @Test
    void bothServicesStopQuietlyOnSigterm() throws Exception {
        Services services = new Services(TestDatabase.createDatabase("shutdown"));
        try {
            for (Process process : new Process[] {services.queryProcess(), services.ledgerProcess()}) {
                process.destroy();
                assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("stopped within its shutdown phases").isTrue();
                assertThat(process.exitValue()).isIn(0, 143);
            }
        } finally {
            services.close();
        }
        for (String service : new String[] {"query-service", "ledger-service"}) {
            String log = Files.readString(Path.of("target", service + ".log"), StandardCharsets.UTF_8);
            assertThat(log).as(service + " log").contains("Graceful shutdown complete").doesNotContain(" ERROR ");
        }
    }
}
