package cn.gov.ledger.query.console;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param ledgerUrl where the browser finds the ledger service's console (the clerk's and officer's forms) */
@ConfigurationProperties("ledger.query.console")
public record ConsoleProperties(String ledgerUrl) {
}
