package cn.gov.ledger.query.axon;

import cn.gov.ledger.api.store.EventTables;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** Reads the write side's JDBC event store; declared here so nothing falls back to Axon Server or JPA. */
@Configuration(proxyBeanMethods = false)
class EventStoreConfiguration {

    /**
     * Spring's provider hands out the connection bound to the running Spring transaction, which is the
     * one JdbcTemplate uses in the event handlers: the token update and the facts commit together.
     */
    @Bean
    ConnectionProvider connectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }

    /** The write side's columns, on the table names configured here. */
    @Bean
    EventSchema eventSchema(EventStoreProperties properties) {
        return EventTables.schema(properties.eventTable(), properties.snapshotTable());
    }

    /**
     * With a replica configured, the events are read from it on connections of their own, outside the primary's
     * transactions (this service only reads the store); the tokens and the facts still commit together on the primary.
     */
    @Bean
    EventStorageEngine eventStorageEngine(Serializer serializer,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager,
                                          EventSchema eventSchema,
                                          EventStoreProperties properties,
                                          EventReplica replica) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .persistenceExceptionResolver(new JdbcSQLErrorCodesResolver())
                .connectionProvider(replica.dataSource()
                        .<ConnectionProvider>map(SpringDataSourceConnectionProvider::new).orElse(connectionProvider))
                .transactionManager(replica.dataSource().isPresent() ? NoTransactionManager.INSTANCE : transactionManager)
                .schema(eventSchema)
                .dataType(byte[].class)
                .batchSize(properties.batchSize())
                .gapTimeout(Math.toIntExact(properties.gapTimeout().toMillis()))
                .gapCleaningThreshold(properties.gapCleaningThreshold())
                .maxGapOffset(properties.maxGapOffset())
                .build();
    }

    /**
     * The store the processors read from, polling the write side's table every {@code fetch-delay} once caught
     * up (declared here, Axon's auto-configured one backs off; the name "eventStore" is the health component's).
     */
    @Bean
    EventStore ledgerEventStore(EventStorageEngine storageEngine, EventStoreProperties properties) {
        return EmbeddedEventStore.builder().storageEngine(storageEngine)
                .fetchDelay(properties.fetchDelay().toMillis()).build();
    }
}
