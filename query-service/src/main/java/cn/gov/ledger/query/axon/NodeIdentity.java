package cn.gov.ledger.query.axon;

import java.lang.management.ManagementFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This instance's name among the query-service instances: the owner it writes on the segments it claims
 * and the key of its heartbeat. Defaults to Axon's own choice (pid@host), unique per process on a host.
 */
@Component
public class NodeIdentity {

    private final String id;

    NodeIdentity(@Value("${ledger.query.cluster.node-id:}") String configured) {
        this.id = configured.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : configured;
    }

    public String id() {
        return id;
    }
}
