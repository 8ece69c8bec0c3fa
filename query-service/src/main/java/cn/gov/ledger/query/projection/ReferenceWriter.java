package cn.gov.ledger.query.projection;

import cn.gov.ledger.api.catalog.CatalogueItem;
import cn.gov.ledger.api.catalog.CatalogueLoaded;
import cn.gov.ledger.api.organisation.DepartmentRegistered;
import cn.gov.ledger.api.organisation.UnitRegistered;
import cn.gov.ledger.api.organisation.YearClosed;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Upserts guarded by event position: segments run in parallel, so the newer event wins whichever
 * arrives first, and a redelivered event (same position) changes nothing. The schema is {@code query}
 * for the live processor and the next generation's schema while a rebuild replays the ledger.
 */
@Repository
class ReferenceWriter {

    private final JdbcTemplate jdbc;
    private final String schema;

    @Autowired
    ReferenceWriter(JdbcTemplate jdbc) {
        this(jdbc, ProjectionTables.LIVE_SCHEMA);
    }

    ReferenceWriter(JdbcTemplate jdbc, String schema) {
        this.jdbc = jdbc;
        this.schema = schema;
    }

    void department(DepartmentRegistered event, long position) {
        jdbc.update("""
                INSERT INTO %1$s.department (code, name, position) VALUES (?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, position = EXCLUDED.position
                WHERE %1$s.department.position < EXCLUDED.position""".formatted(schema),
                event.department(), event.name(), position);
    }

    void unit(UnitRegistered event, long position) {
        jdbc.update("""
                INSERT INTO %1$s.unit (department, code, name, unit_type, position) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (department, code) DO UPDATE
                SET name = EXCLUDED.name, unit_type = EXCLUDED.unit_type, position = EXCLUDED.position
                WHERE %1$s.unit.position < EXCLUDED.position""".formatted(schema),
                event.department(), event.unit(), event.name(),
                event.unitType() == null ? null : event.unitType().name(), position);
    }

    void yearClosed(YearClosed event, long position) {
        jdbc.update("""
                INSERT INTO %1$s.closed_year (department, unit, fiscal_year, position) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""".formatted(schema),
                event.department(), event.unit(), event.fiscalYear(), position);
    }

    /** A later load replaces the year's whole list; an older or repeated one is ignored. */
    void catalogue(CatalogueLoaded event, long position) {
        int newer = jdbc.update("""
                INSERT INTO %1$s.catalogue_load (fiscal_year, scheme, source_name, position) VALUES (?, ?, ?, ?)
                ON CONFLICT (fiscal_year, scheme) DO UPDATE
                SET source_name = EXCLUDED.source_name, position = EXCLUDED.position
                WHERE %1$s.catalogue_load.position < EXCLUDED.position""".formatted(schema),
                event.fiscalYear(), event.scheme().name(), event.sourceName(), position);
        if (newer == 0) {
            return;
        }
        jdbc.update("DELETE FROM " + schema + ".catalogue_item WHERE fiscal_year = ? AND scheme = ?",
                event.fiscalYear(), event.scheme().name());
        List<CatalogueItem> items = event.items() == null ? List.of() : event.items();
        jdbc.batchUpdate("""
                INSERT INTO %1$s.catalogue_item (fiscal_year, scheme, code, name, level, parent)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""".formatted(schema), items, 1000, (ps, item) -> {
            ps.setInt(1, event.fiscalYear());
            ps.setString(2, event.scheme().name());
            ps.setString(3, item.code());
            ps.setString(4, item.name());
            ps.setString(5, item.level() == null ? null : item.level().name());
            ps.setString(6, item.parent());
        });
    }
}
