package cn.gov.ledger.service.project;

import cn.gov.ledger.api.project.ProjectRegistered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Registered project names per department, kept in step with the events in the same transaction. */
@Component
@ProcessingGroup("write-side")
public class ProjectDirectory {

    private final JdbcTemplate jdbc;

    ProjectDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ProjectRegistered event) {
        jdbc.update("INSERT INTO project (department, name, project_id) VALUES (?, ?, ?)", event.department(),
                event.name(), event.projectId());
    }

    public boolean exists(String department, String name) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM project WHERE department = ? AND name = ?)", Boolean.class,
                department, name));
    }
}
