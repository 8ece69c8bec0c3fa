package cn.gov.ledger.service.config;

import java.util.List;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.EhCache3Adapter;
import org.ehcache.CacheManager;
import org.ehcache.core.Ehcache;
import org.ehcache.config.builders.CacheConfigurationBuilder;
import org.ehcache.config.builders.CacheManagerBuilder;
import org.ehcache.config.builders.ResourcePoolsBuilder;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.lock.LockFactory;
import org.axonframework.common.lock.PessimisticLockFactory;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import cn.gov.ledger.api.MetaDataKeys;
import cn.gov.ledger.api.store.EventTables;

/** Axon on PostgreSQL: the JDBC event store with our own table names, a cache and snapshots. */
@Configuration(proxyBeanMethods = false)
class AxonConfig {

    /** Long-lived budget lines are snapshotted so that no posting replays a whole year. */
    static final int SNAPSHOT_EVERY_EVENTS = 250;

    /**
     * Axon's JDBC calls on the posting's Spring-managed connection, nothing more. Axon's default wraps this in a
     * provider that also rolls the physical connection back when a command's unit of work fails: with postings
     * sharing one transaction in savepoints ({@code posting.PostingGroups}) that would undo the whole group for one
     * refused posting. Spring's transaction (joined by every command) decides alone.
     */
    @Bean
    ConnectionProvider connectionProvider(DataSource dataSource) {
        return new SpringDataSourceConnectionProvider(dataSource);
    }

    @Bean
    EventStorageEngine eventStorageEngine(ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          Serializer serializer,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          EventAppendLock lock) {
        JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder()
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .schema(EventTables.schema())
                .dataType(byte[].class)
                .build();
        return new LockingEventStorageEngine(engine, lock);
    }

    /**
     * A strong, bounded cache: an aggregate that drops out of the cache is reloaded from committed events and
     * may miss one still being committed, which then surfaces as a sequence conflict and a retry. A weak
     * cache would drop hot lines at every collection; this one only past its size.
     */
    @Bean(destroyMethod = "close")
    CacheManager aggregateCacheManager() {
        return CacheManagerBuilder.newCacheManagerBuilder().build(true);
    }

    @Bean
    @SuppressWarnings("unchecked")
    Cache aggregateCache(CacheManager manager, LedgerProperties properties) {
        return new EhCache3Adapter((Ehcache<Object, Object>) manager.createCache("aggregates", CacheConfigurationBuilder
                .newCacheConfigurationBuilder(Object.class, Object.class,
                        ResourcePoolsBuilder.heap(properties.aggregateCacheSize()))
                .build()));
    }

    /**
     * Budget lines and income accounts wait at most two seconds for Axon's in-memory aggregate lock, not Axon's
     * default minute. A grouped posting ({@code posting.PostingGroups}) holds the line's row lock until its
     * group commits; a reversal or batch on the same line that took the aggregate lock first and waits for that
     * row lock would otherwise hold the group's next posting for a minute. Past the wait the loser is retried.
     */
    @Bean
    LockFactory postingLockFactory() {
        return PessimisticLockFactory.builder().lockAttemptTimeout(10).acquireAttempts(200).build();
    }

    @Bean
    SnapshotTriggerDefinition budgetLineSnapshotTrigger(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, SNAPSHOT_EVERY_EVENTS);
    }

    /**
     * A write-side table that cannot follow an event fails the command, which rolls back with its events. Axon's
     * default for event handlers logs the error and carries on: the events would commit while {@code budget_line}
     * missed them, and budget control would judge the next posting on a wrong balance.
     */
    @Bean
    ConfigurerModule writeSideFailsWithItsEvents() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerListenerInvocationErrorHandler("write-side", c -> PropagatingErrorHandler.instance()));
    }

    /** Who posted, the command and the client's idempotency key travel from command to event metadata. */
    @Bean
    CorrelationDataProvider ledgerMetaData() {
        return new SimpleCorrelationDataProvider(List.of(
                MetaDataKeys.ACTOR, MetaDataKeys.COMMAND_ID, MetaDataKeys.IDEMPOTENCY_KEY).toArray(String[]::new));
    }
}
