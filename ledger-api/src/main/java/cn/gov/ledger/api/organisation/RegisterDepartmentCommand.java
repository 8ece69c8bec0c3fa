package cn.gov.ledger.api.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegisterDepartmentCommand(@TargetAggregateIdentifier String department, String name) {
}
