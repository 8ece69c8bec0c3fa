package cn.gov.ledger.query.axon;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The processor's tokens live in this service's own schema, created by Flyway (db/query/V1). */
@Configuration(proxyBeanMethods = false)
class TokenStoreConfiguration {

    @Bean
    TokenSchema tokenSchema(EventStoreProperties properties) {
        return TokenSchema.builder()
                .setTokenTable(properties.tokenTable())
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    /**
     * Tokens are stored as byte[] (BYTEA), serialized by the general (Jackson) serializer. Claims carry the
     * node's identity so that the segment balancer can tell its own claims from the other instances'.
     */
    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, TokenSchema tokenSchema,
                          EventStoreProperties properties, NodeIdentity node) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .schema(tokenSchema)
                .contentType(byte[].class)
                .claimTimeout(properties.claimTimeout())
                .nodeId(node.id())
                .build();
    }
}
