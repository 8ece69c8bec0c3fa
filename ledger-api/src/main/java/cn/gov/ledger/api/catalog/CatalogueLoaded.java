package cn.gov.ledger.api.catalog;

import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A whole catalogue for one fiscal year, as loaded; a later load for the same year and scheme replaces it.
 * Kept as an event so the names printed in a table can be traced to the catalogue in force when it was built.
 */
@Revision("1")
public record CatalogueLoaded(int fiscalYear, CatalogueScheme scheme, String sourceName, List<CatalogueItem> items) {
}
