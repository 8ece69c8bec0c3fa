package cn.gov.ledger.api.organisation;

import cn.gov.ledger.api.code.UnitType;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegisterUnitCommand(@TargetAggregateIdentifier String department, String unit, String name,
                                  UnitType unitType) {
}
