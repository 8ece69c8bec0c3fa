package cn.gov.ledger.query.tables;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param templates     where the published table templates are ({@code template-<year>.csv}: kind, code,
 *                      name, line). By default the files the build copies from the write side's catalogue.
 * @param cacheMaxFacts how many facts (about 40 bytes each) to keep in memory for fast tables; 0 leaves
 *                      every table to a PostgreSQL aggregate
 */
@ConfigurationProperties("ledger.query.tables")
public record TablesProperties(@DefaultValue("classpath*:catalog/template-*.csv") String templates,
                               @DefaultValue("2000000") long cacheMaxFacts) {
}
