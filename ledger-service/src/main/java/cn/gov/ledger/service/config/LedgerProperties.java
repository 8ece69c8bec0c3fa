package cn.gov.ledger.service.config;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The ledger's own settings, with local defaults in application.yml and environment placeholders. */
@ConfigurationProperties("ledger")
public record LedgerProperties(Catalog catalog, EmbeddedDatabase embeddedDatabase, Import importing,
                               int aggregateCacheSize) {

    /** @param shipped fiscal year → the shipped catalogue (a year directory under classpath:catalog/) it starts with */
    public record Catalog(Map<Integer, String> shipped) {
    }

    public record EmbeddedDatabase(String dataDirectory, String binariesDirectory, int port) {
    }

    public record Import(int maxErrorsReported) {
    }
}
