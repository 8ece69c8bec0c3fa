package cn.gov.ledger.query.axon;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the projection reads the events from, when not from the main datasource.
 *
 * @param url      JDBC URL of a PostgreSQL streaming replica of the ledger's database ({@code LEDGER_QUERY_EVENTS_URL});
 *                 empty: the events are read where the projection is written
 * @param username the replica's login, if not in the URL
 * @param password its password
 * @param poolSize connections to the replica: the event store's reader, the progress and the health checks
 */
@ConfigurationProperties("ledger.query.events")
record EventReplicaProperties(
        @DefaultValue("") String url,
        String username,
        String password,
        @DefaultValue("4") int poolSize) {
}
