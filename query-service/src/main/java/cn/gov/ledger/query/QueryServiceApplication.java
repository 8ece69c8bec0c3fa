package cn.gov.ledger.query;

import cn.gov.ledger.security.LedgerSecurityConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The read side: projects the ledger's events and serves the nine disclosure tables and their checks. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Import(LedgerSecurityConfiguration.class)
public class QueryServiceApplication {

    /** Axon 4.12+ reports usage to AxonIQ unless told not to; a finance system must not phone home. */
    static final String UPDATE_CHECKER_DISABLED = "axoniq.update-checker.disabled";
    /** Axon's start-up advertisement for its hosted console; the service is monitored through Prometheus. */
    static final String CONSOLE_MESSAGE_DISABLED = "disable-axoniq-console-message";

    public static void main(String[] args) {
        // The Spring auto-configuration of the checker is excluded in application.yml; the system
        // property also switches off Axon's own opt-out check (UsagePropertyProvider) on any other path.
        System.setProperty(UPDATE_CHECKER_DISABLED, "true");
        System.setProperty(CONSOLE_MESSAGE_DISABLED, "true");
        SpringApplication.run(QueryServiceApplication.class, args);
    }
}
