package cn.gov.ledger.api.project;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers a project under a name not yet used in the department; see {@link ProjectRegistered}. */
public record RegisterProjectCommand(@TargetAggregateIdentifier String projectId, String department, String name,
                                     ProjectType type, boolean continuing, ProjectCategory category,
                                     List<String> units, String competentDepartment, String implementedBy) {
}
