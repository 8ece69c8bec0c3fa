package cn.gov.ledger.service.posting;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Group commit of single postings ({@link PostingGroups}).
 *
 * @param enabled      on (the default); off, every posting is its own transaction
 * @param committers   how many groups may run at once, each on its own connection; postings are spread by unit
 * @param maxSize      most postings in one transaction
 * @param maxWait      how long the first posting of a group waits for others when none is queued; zero takes
 *                     whatever queued while the previous group committed, so a lone client never waits
 * @param answerWithin how long a caller waits for its group before it answers 503 (see {@link GroupMember}): the
 *                     bound a connection's acquisition has on the single path (Hikari's default is 30 s), shorter
 */
@ConfigurationProperties("ledger.group-commit")
public record GroupCommitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("2") int committers,
                                    @DefaultValue("100") int maxSize,
                                    @DefaultValue("0ms") Duration maxWait,
                                    @DefaultValue("15s") Duration answerWithin) {
}
