package cn.gov.ledger.service.organisation;

import cn.gov.ledger.api.organisation.DepartmentRegistered;
import cn.gov.ledger.api.organisation.UnitRegistered;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Departments and units as the write side checks them; kept in step with the events in the same transaction. */
@Component
@ProcessingGroup("write-side")
public class UnitDirectory {

    private final JdbcTemplate jdbc;

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

    public boolean departmentExists(String department) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM department WHERE code = ?)", Boolean.class, department));
    }

    public boolean unitExists(String department, String unit) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM unit WHERE department = ? AND code = ?)", Boolean.class, department, unit));
    }

    public List<Map<String, Object>> departments() {
        return jdbc.queryForList("SELECT code, name FROM department ORDER BY code");
    }

    public List<Map<String, Object>> units(String department) {
        return jdbc.queryForList("SELECT code, name, unit_type AS \"unitType\" FROM unit WHERE department = ?"
                + " ORDER BY code", department);
    }
}
