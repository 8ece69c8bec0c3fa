package cn.gov.ledger.service.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** Under the profile prod the ledger does not start an embedded PostgreSQL in place of the real one. */
class EmbeddedDatabaseConfigTest {

    @TempDir
    Path directory;

    @Test
    void theProductionProfileRefusesTheEmbeddedDatabaseBeforeCreatingAnything() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("prod");
        Path data = directory.resolve("postgres");
        LedgerProperties properties = new LedgerProperties(null, new LedgerProperties.EmbeddedDatabase(
                data.toString(), directory.resolve("binaries").toString(), 18799), null, 0);

        assertThatThrownBy(() -> new EmbeddedDatabaseConfig().embeddedPostgres(properties, environment))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Refusing to start under profile 'prod'")
                .hasMessageContaining("SPRING_DATASOURCE_URL");
        assertThat(data).doesNotExist();
    }
}
