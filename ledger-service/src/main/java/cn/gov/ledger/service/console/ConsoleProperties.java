package cn.gov.ledger.service.console;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param queryUrl where the browser finds the query service's console (the auditor's tables and drill-down) */
@ConfigurationProperties("ledger.console")
public record ConsoleProperties(String queryUrl) {
}
