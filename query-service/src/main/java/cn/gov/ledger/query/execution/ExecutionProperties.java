package cn.gov.ledger.query.execution;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param cacheMaxFacts how many budget and spending facts (about 40 bytes each) to hold in memory across the
 *                      department-years recently asked for; a department-year larger than this alone is read
 *                      from PostgreSQL for every request
 */
@ConfigurationProperties("ledger.query.execution")
public record ExecutionProperties(@DefaultValue("2000000") long cacheMaxFacts) {
}
