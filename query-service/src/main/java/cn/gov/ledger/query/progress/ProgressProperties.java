package cn.gov.ledger.query.progress;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param waitTimeout  the longest a request waits for {@code minPosition} before answering 503
 * @param pollInterval how often a waiting request looks at the tokens again
 * @param healthyLag   the lag (in events) above which the health indicator reports DOWN
 * @param settledStall how long the settled position may stand still below the head before health is DOWN
 */
@ConfigurationProperties("ledger.query.projection")
public record ProgressProperties(
        @DefaultValue("10s") Duration waitTimeout,
        @DefaultValue("50ms") Duration pollInterval,
        @DefaultValue("100000") long healthyLag,
        @DefaultValue("30s") Duration settledStall) {
}
