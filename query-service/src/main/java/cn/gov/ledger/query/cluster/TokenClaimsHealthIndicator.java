package cn.gov.ledger.query.cluster;

import cn.gov.ledger.query.axon.EventStoreProperties;
import cn.gov.ledger.query.axon.NodeIdentity;
import cn.gov.ledger.query.projection.Projection;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * /actuator/health component "tokenClaims": who holds each segment of the projection, which of them this
 * instance holds, and the instances alive. Informational (always UP): a segment left unclaimed shows up
 * here by name, and as growing lag in the "projectionLag" component, which is the one that goes DOWN.
 */
@Component("tokenClaims")
class TokenClaimsHealthIndicator implements HealthIndicator {

    private final JdbcTemplate jdbc;
    private final String tokenTable;
    private final NodeIdentity node;
    private final Members members;

    TokenClaimsHealthIndicator(JdbcTemplate jdbc, EventStoreProperties store, NodeIdentity node, Members members) {
        this.jdbc = jdbc;
        this.tokenTable = store.tokenTable();
        this.node = node;
        this.members = members;
    }

    @Override
    public Health health() {
        List<Map<String, Object>> claims = jdbc.queryForList("SELECT segment, owner, timestamp AS claimed_at FROM "
                + tokenTable + " WHERE processor_name = ? ORDER BY segment", Projection.PROCESSING_GROUP);
        long here = claims.stream().filter(claim -> node.id().equals(claim.get("owner"))).count();
        List<Object> unclaimed = claims.stream().filter(claim -> claim.get("owner") == null)
                .map(claim -> claim.get("segment")).toList();
        return Health.up()
                .withDetail("node", node.id())
                .withDetail("nodesAlive", members.alive())
                .withDetail("segments", claims)
                .withDetail("claimedHere", here)
                .withDetail("unclaimed", unclaimed)
                .build();
    }
}
