package cn.gov.ledger.service.posting;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Group commit of single postings ({@link PostingGroups}).
 *
 * @param enabled  off (the default): every posting is its own transaction. On, a PostgreSQL restart left some
 *                 clients without any answer for over a minute (acceptance DatabaseOutageIT): it stays off until
 *                 the committers survive an outage as the single path does
 * @param committers how many groups may run at once, each on its own connection; postings are spread by unit
 * @param maxSize  most postings in one transaction
 * @param maxWait  how long the first posting of a group waits for others when none is queued; zero takes whatever
 *                 queued while the previous group committed, so a lone client never waits
 */
@ConfigurationProperties("ledger.group-commit")
public record GroupCommitProperties(@DefaultValue("false") boolean enabled, @DefaultValue("2") int committers,
                                    @DefaultValue("100") int maxSize,
                                    @DefaultValue("0ms") Duration maxWait) {
}
