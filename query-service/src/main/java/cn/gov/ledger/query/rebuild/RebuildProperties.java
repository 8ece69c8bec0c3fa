package cn.gov.ledger.query.rebuild;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param flushEvery       facts collected before they are copied to the database in one COPY
 * @param switchBelow      a catch-up pass that replays fewer events than this is close enough to the head
 *                         to pause the live processor for the switch
 * @param processorTimeout the longest to wait for the live processor to stop
 * @param switchWait       the longest to wait for readers on this node to make way for the swap
 * @param lockTimeout      the longest the swap waits for locks on the live tables held by other sessions;
 *                         waiting readers queue behind it, so it is kept short
 */
@ConfigurationProperties("ledger.query.rebuild")
public record RebuildProperties(
        @DefaultValue("20000") int flushEvery,
        @DefaultValue("1000") long switchBelow,
        @DefaultValue("30s") Duration processorTimeout,
        @DefaultValue("30s") Duration switchWait,
        @DefaultValue("5s") Duration lockTimeout) {
}
