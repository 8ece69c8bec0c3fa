package cn.gov.ledger.service.organisation;

import cn.gov.ledger.api.organisation.DepartmentRegistered;
import cn.gov.ledger.api.organisation.UnitRegistered;
import cn.gov.ledger.service.posting.KnownUnits;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Departments and units as the write side checks them; kept in step with the events in the same transaction. */
@Component
@ProcessingGroup("write-side")
public class UnitDirectory implements KnownUnits {

    private final JdbcTemplate jdbc;
    /** Units are never removed, so a unit once found stays found; bulk imports ask for every row. */
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    UnitDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(DepartmentRegistered event) {
        jdbc.update("INSERT INTO department (code, name) VALUES (?, ?)", event.department(), event.name());
    }

    @EventHandler
    void on(UnitRegistered event) {
        jdbc.update("INSERT INTO unit (department, code, name, unit_type) VALUES (?, ?, ?, ?)",
                event.department(), event.unit(), event.name(), event.unitType().name());
    }

    @Override
    public boolean departmentExists(String department) {
        return known.contains(department) || remember(department, jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM department WHERE code = ?)", Boolean.class, department));
    }

    @Override
    public boolean unitExists(String department, String unit) {
        String key = department + "/" + unit;
        return known.contains(key) || remember(key, jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM unit WHERE department = ? AND code = ?)", Boolean.class, department, unit));
    }

    private boolean remember(String key, Boolean exists) {
        if (Boolean.TRUE.equals(exists)) {
            known.add(key);
        }
        return Boolean.TRUE.equals(exists);
    }

    public List<Map<String, Object>> departments() {
        return jdbc.queryForList("SELECT code, name FROM department ORDER BY code");
    }

    public List<Map<String, Object>> units(String department) {
        return jdbc.queryForList("SELECT code, name, unit_type AS \"unitType\" FROM unit WHERE department = ?"
                + " ORDER BY code", department);
    }
}
