package cn.gov.ledger.query.axon;

import cn.gov.ledger.query.projection.Projection;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The projection's processor starts from the very beginning of the event store without asking the
 * store where that is. Axon's default asks for the tail token when it first claims the segments, and
 * fails the whole start-up if the write side has not created its tables yet; with no question asked,
 * the service starts in any order and simply retries reading until the event store exists. It reads the store
 * through {@link WakingEvents}, so that it looks for new events as often as the store fetches them.
 *
 * <p>A handler that fails fails its batch: Axon's default for event handlers logs the error and carries on,
 * which would commit the batch's token past an event the projection never took in, and a published table
 * would silently miss a posting. Propagated, the batch rolls back and is retried; an event that can never be
 * handled holds the settled position, and health reports the stall.
 */
@Configuration(proxyBeanMethods = false)
class ProcessorConfiguration {

    @Bean
    WakingEvents wakingEvents(EventStore ledgerEventStore, EventStoreProperties properties) {
        return new WakingEvents(ledgerEventStore, properties.fetchDelay());
    }

    @Bean
    ConfigurerModule projectionStartsAtTheBeginning(WakingEvents events) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerPooledStreamingEventProcessorConfiguration(Projection.PROCESSING_GROUP,
                        (configuration, builder) -> builder.initialToken(source -> null).messageSource(events))
                .registerListenerInvocationErrorHandler(Projection.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance()));
    }
}
