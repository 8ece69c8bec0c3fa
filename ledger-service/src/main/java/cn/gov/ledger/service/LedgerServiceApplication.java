package cn.gov.ledger.service;

import cn.gov.ledger.security.LedgerSecurityConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;

@SpringBootApplication
@ConfigurationPropertiesScan
@Import(LedgerSecurityConfiguration.class)
public class LedgerServiceApplication {

    /** Axon's update checker reports to AxonIQ; a finance system must not phone home unless told to. */
    static final String UPDATE_CHECKER_DISABLED = "axoniq.update-checker.disabled";

    public static void main(String[] args) {
        if (System.getProperty(UPDATE_CHECKER_DISABLED) == null) {
            System.setProperty(UPDATE_CHECKER_DISABLED, "true");
        }
        SpringApplication.run(LedgerServiceApplication.class, args);
    }
}
