package cn.gov.ledger.service.catalog;

import cn.gov.ledger.api.MetaDataKeys;
import cn.gov.ledger.api.catalog.CatalogueItem;
import cn.gov.ledger.api.catalog.CatalogueLoaded;
import cn.gov.ledger.api.catalog.CatalogueScheme;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Loads a year's catalogue as an event, so the names a table prints can be traced to the load. */
@Service
public class CatalogueService {

    private final EventGateway events;
    private final TransactionTemplate transaction;

    CatalogueService(EventGateway events, TransactionTemplate transaction) {
        this.events = events;
        this.transaction = transaction;
    }

    public void load(int year, CatalogueScheme scheme, String sourceName, List<CatalogueItem> items, String actor) {
        CatalogueLoaded loaded = new CatalogueLoaded(year, scheme, sourceName, items);
        transaction.executeWithoutResult(status -> events.publish(
                GenericEventMessage.asEventMessage(loaded).andMetaData(Map.of(MetaDataKeys.ACTOR, actor))));
    }
}
