package cn.gov.ledger.query.axon;

import cn.gov.ledger.security.RuntimeLogin;
import java.util.List;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * When Flyway migrates as the owner and the query service connects as another login (README, least
 * privilege), that login becomes a member of ledger_reader (SELECT on the event store, SELECT and INSERT on
 * the hash chain, query migration V92) and owns the rest of its schemas: a rebuild creates the next tables
 * in query_next and swaps them in, which only their owner may. The chain, its head and Flyway's history
 * stay the owner's, so the login can never UPDATE, DELETE or TRUNCATE a link.
 */
@Configuration(proxyBeanMethods = false)
class QueryRuntimeLogin {

    private static final String OWN_THE_PROJECTION = """
            DO $$
            DECLARE r record;
            BEGIN
                FOR r IN SELECT c.oid::regclass AS name, c.relkind FROM pg_class c
                        JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE n.nspname IN ('query', 'query_next') AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                          AND c.relname NOT IN ('event_chain', 'event_chain_head', 'flyway_schema_history')
                          AND NOT (c.relkind = 'S' AND EXISTS (SELECT FROM pg_depend d
                                   WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')))
                LOOP
                    EXECUTE format('ALTER %%s %%s OWNER TO %%I', CASE r.relkind WHEN 'v' THEN 'VIEW'
                        WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END, r.name, %1$L);
                END LOOP;
            END $$""";

    @Bean
    RuntimeLogin runtimeLogin(DataSourceProperties dataSource) {
        return new RuntimeLogin(dataSource.getUsername(), dataSource.getPassword(), List.of(
                "GRANT ledger_reader TO %1$I", "GRANT USAGE, CREATE ON SCHEMA query, query_next TO %1$I",
                OWN_THE_PROJECTION));
    }
}
