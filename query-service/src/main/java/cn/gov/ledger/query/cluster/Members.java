package cn.gov.ledger.query.cluster;

import cn.gov.ledger.query.axon.NodeIdentity;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The heartbeats of the query-service instances sharing this database. */
@Component
class Members {

    private final JdbcTemplate jdbc;
    private final NodeIdentity node;
    private final ClusterProperties properties;

    Members(JdbcTemplate jdbc, NodeIdentity node, ClusterProperties properties) {
        this.jdbc = jdbc;
        this.node = node;
        this.properties = properties;
    }

    void heartbeat() {
        jdbc.update("""
                INSERT INTO query.processor_node (node_id, heartbeat_at) VALUES (?, now())
                ON CONFLICT (node_id) DO UPDATE SET heartbeat_at = excluded.heartbeat_at""", node.id());
    }

    /** The instances heard from within the node timeout, this one included once it has beaten. */
    List<String> alive() {
        return jdbc.queryForList("""
                SELECT node_id FROM query.processor_node
                WHERE heartbeat_at > now() - make_interval(secs => ?) ORDER BY node_id""",
                String.class, properties.nodeTimeout().toMillis() / 1000.0);
    }

    /** A stopping instance leaves at once, so the others take its share without waiting for the timeout. */
    void leave() {
        jdbc.update("DELETE FROM query.processor_node WHERE node_id = ?", node.id());
    }
}
