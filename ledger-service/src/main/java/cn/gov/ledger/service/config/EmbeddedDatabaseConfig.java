package cn.gov.ledger.service.config;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * With no {@code spring.datasource.url}, the ledger runs on an embedded PostgreSQL whose data and extracted
 * binaries live under the project directory, so a restart keeps the ledger. Other processes (the query
 * service) reach it on {@code ledger.embedded-database.port}. Under the profile prod it refuses: a production
 * ledger quietly keeping its books in a directory of the working copy would be found out too late.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.datasource", name = "url", havingValue = "embedded", matchIfMissing = true)
class EmbeddedDatabaseConfig {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(LedgerProperties properties, Environment environment) throws IOException {
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("Refusing to start under profile 'prod' with the embedded database:"
                    + " set SPRING_DATASOURCE_URL (and _USERNAME/_PASSWORD) to the production PostgreSQL");
        }
        LedgerProperties.EmbeddedDatabase settings = properties.embeddedDatabase();
        File data = new File(settings.dataDirectory()).getAbsoluteFile();
        File binaries = new File(settings.binariesDirectory()).getAbsoluteFile();
        if (!data.mkdirs() && !data.isDirectory() || !binaries.mkdirs() && !binaries.isDirectory()) {
            throw new IOException("cannot create " + data + " or " + binaries);
        }
        return EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(binaries)
                .setPort(settings.port())
                .start();
    }

    /**
     * As spring.datasource.username when set (run.sh's restricted login, Flyway then migrating as
     * spring.flyway.user), else as the cluster's superuser; the user goes beside the URL, which would win.
     */
    @Bean
    DataSource dataSource(EmbeddedPostgres postgres, DataSourceProperties properties) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
        dataSource.setUsername(properties.getUsername() == null ? "postgres" : properties.getUsername());
        dataSource.setPassword(properties.getPassword());
        dataSource.setMaximumPoolSize(20);
        return dataSource;
    }
}
