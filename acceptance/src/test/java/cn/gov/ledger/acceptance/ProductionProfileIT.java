package cn.gov.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.testsupport.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Started as shipped under the profile prod, a service refuses to run with the README's development users. */
@EnabledIf("cn.gov.ledger.testsupport.TestDatabase#available")
class ProductionProfileIT {

    @ParameterizedTest
    @ValueSource(strings = {"ledger-service", "query-service"})
    void theShippedDevelopmentUsersKeepTheServiceFromStarting(String service) throws Exception {
        Process process = Services.start(service, TestDatabase.createDatabase("prod-" + service.charAt(0)),
                Services.freePort(), Map.of("SPRING_PROFILES_ACTIVE", "prod"));
        try {
            assertThat(process.waitFor(4, TimeUnit.MINUTES)).as(service + " still running").isTrue();
            assertThat(process.exitValue()).isNotZero();
        } finally {
            process.destroyForcibly();
        }
        String log = Files.readString(Path.of("target", service + ".log"), StandardCharsets.UTF_8);
        assertThat(log).contains("Refusing to start under profile 'prod'", "[clerk, officer, auditor, publisher,"
                + " admin]");
    }
}
