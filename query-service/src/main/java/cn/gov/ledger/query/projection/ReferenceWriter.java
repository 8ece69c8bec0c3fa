package cn.gov.ledger.query.projection;

import cn.gov.ledger.api.catalog.CatalogueItem;
import cn.gov.ledger.api.catalog.CatalogueLoaded;
import cn.gov.ledger.api.organisation.DepartmentRegistered;
import cn.gov.ledger.api.organisation.UnitRegistered;
import cn.gov.ledger.api.organisation.YearClosed;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Upserts guarded by event position: segments run in parallel, so the newer event wins whichever
 * arrives first, and a redelivered event (same position) changes nothing.
 */
@Repository
class ReferenceWriter {

    private final JdbcTemplate jdbc;

    ReferenceWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void department(DepartmentRegistered event, long position) {
        jdbc.update("""
                INSERT INTO query.department (code, name, position) VALUES (?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, position = EXCLUDED.position
                WHERE query.department.position < EXCLUDED.position""",
                event.department(), event.name(), position);
    }

    void unit(UnitRegistered event, long position) {
        jdbc.update("""
                INSERT INTO query.unit (department, code, name, unit_type, position) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (department, code) DO UPDATE
                SET name = EXCLUDED.name, unit_type = EXCLUDED.unit_type, position = EXCLUDED.position
                WHERE query.unit.position < EXCLUDED.position""",
                event.department(), event.unit(), event.name(),
                event.unitType() == null ? null : event.unitType().name(), position);
    }

    void yearClosed(YearClosed event, long position) {
        jdbc.update("""
                INSERT INTO query.closed_year (department, unit, fiscal_year, position) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""", event.department(), event.unit(), event.fiscalYear(), position);
    }

    /** A later load replaces the year's whole list; an older or repeated one is ignored. */
    void catalogue(CatalogueLoaded event, long position) {
        int newer = jdbc.update("""
                INSERT INTO query.catalogue_load (fiscal_year, scheme, source_name, position) VALUES (?, ?, ?, ?)
                ON CONFLICT (fiscal_year, scheme) DO UPDATE
                SET source_name = EXCLUDED.source_name, position = EXCLUDED.position
                WHERE query.catalogue_load.position < EXCLUDED.position""",
                event.fiscalYear(), event.scheme().name(), event.sourceName(), position);
        if (newer == 0) {
            return;
        }
        jdbc.update("DELETE FROM query.catalogue_item WHERE fiscal_year = ? AND scheme = ?",
                event.fiscalYear(), event.scheme().name());
        List<CatalogueItem> items = event.items() == null ? List.of() : event.items();
        jdbc.batchUpdate("""
                INSERT INTO query.catalogue_item (fiscal_year, scheme, code, name, level, parent)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", items, 1000, (ps, item) -> {
            ps.setInt(1, event.fiscalYear());
            ps.setString(2, event.scheme().name());
            ps.setString(3, item.code());
            ps.setString(4, item.name());
            ps.setString(5, item.level() == null ? null : item.level().name());
            ps.setString(6, item.parent());
        });
    }
}
