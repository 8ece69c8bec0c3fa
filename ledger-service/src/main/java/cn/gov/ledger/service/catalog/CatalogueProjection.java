package cn.gov.ledger.service.catalog;

import cn.gov.ledger.api.catalog.CatalogueItem;
import cn.gov.ledger.api.catalog.CatalogueLoaded;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** A loaded catalogue replaces the year's list, in the load's transaction. */
@Component
@ProcessingGroup("write-side")
class CatalogueProjection {

    private final JdbcTemplate jdbc;
    private final Catalogue catalogue;

    CatalogueProjection(JdbcTemplate jdbc, Catalogue catalogue) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
    }

    @EventHandler
    void on(CatalogueLoaded event) {
        jdbc.update("DELETE FROM catalogue_item WHERE scheme = ? AND fiscal_year = ?", event.scheme().name(),
                event.fiscalYear());
        List<Object[]> rows = event.items().stream().map((CatalogueItem item) -> new Object[] {
                event.scheme().name(), event.fiscalYear(), item.code(), item.name(), item.level().name(),
                item.parent()}).toList();
        jdbc.batchUpdate("INSERT INTO catalogue_item (scheme, fiscal_year, code, name, level, parent)"
                + " VALUES (?, ?, ?, ?, ?, ?)", rows);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                catalogue.forget(event.scheme(), event.fiscalYear());
            }
        });
    }
}
