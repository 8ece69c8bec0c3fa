package cn.gov.ledger.query.cluster;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param heartbeatInterval how often an instance says it is alive and rebalances; read by the balancer's
 *                          {@code @Scheduled} annotation as {@code ledger.query.cluster.heartbeat-interval}
 * @param nodeTimeout       an instance silent for this long no longer counts when segments are shared out;
 *                          its claims are taken over once they are older than the token store's claim timeout
 */
@ConfigurationProperties("ledger.query.cluster")
public record ClusterProperties(
        @DefaultValue("2s") Duration heartbeatInterval,
        @DefaultValue("10s") Duration nodeTimeout) {
}
