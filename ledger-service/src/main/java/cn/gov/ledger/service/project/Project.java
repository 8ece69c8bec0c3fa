package cn.gov.ledger.service.project;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import cn.gov.ledger.api.project.ProjectRegistered;
import cn.gov.ledger.api.project.RegisterProjectCommand;
import cn.gov.ledger.service.problem.FieldError;
import cn.gov.ledger.service.problem.Rejection;
import cn.gov.ledger.service.support.StableId;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A project, identified by its department and name: registering the same name twice reaches this same
 * aggregate, which refuses it, so the name stays unique even between two clerks at the same moment.
 */
@Aggregate(cache = "aggregateCache")
public class Project {

    @AggregateIdentifier
    private String projectId;
    private String department;
    private String name;

    protected Project() {
    }

    /** The aggregate a project name reaches: the same department and name always give the same one. */
    public static String idOf(String department, String name) {
        return StableId.of("project", department, name);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterProjectCommand command) {
        if (projectId != null) {
            throw Rejection.conflict("project-exists", "项目已存在 Project exists",
                    "project " + name + " is already registered in department " + department)
                    .with("projectId", projectId)
                    .with("errors", List.of(new FieldError("name", "is already registered in this department")));
        }
        apply(new ProjectRegistered(command.projectId(), command.department(), command.name(), command.type(),
                command.continuing(), command.category(), command.units(), command.competentDepartment(),
                command.implementedBy()));
    }

    @EventSourcingHandler
    void on(ProjectRegistered event) {
        projectId = event.projectId();
        department = event.department();
        name = event.name();
    }
}
