package cn.gov.ledger.query.projection;

import cn.gov.ledger.api.catalog.CatalogueLoaded;
import cn.gov.ledger.api.organisation.DepartmentRegistered;
import cn.gov.ledger.api.organisation.UnitRegistered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

/** Names for the tables: departments, units and the classification catalogue of each year. */
@Component
@ProcessingGroup(Projection.PROCESSING_GROUP)
class ReferenceProjection {

    private final ReferenceWriter writer;

    ReferenceProjection(ReferenceWriter writer) {
        this.writer = writer;
    }

    @EventHandler
    void on(DepartmentRegistered event, EventMessage<?> message, TrackingToken token) {
        writer.department(event, EventOrigin.of(message, token).position());
    }

    @EventHandler
    void on(UnitRegistered event, EventMessage<?> message, TrackingToken token) {
        writer.unit(event, EventOrigin.of(message, token).position());
    }

    @EventHandler
    void on(CatalogueLoaded event, EventMessage<?> message, TrackingToken token) {
        writer.catalogue(event, EventOrigin.of(message, token).position());
    }
}
