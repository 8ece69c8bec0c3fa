package cn.gov.ledger.api.organisation;

import cn.gov.ledger.api.code.UnitType;
import org.axonframework.serialization.Revision;

@Revision("1")
public record UnitRegistered(String department, String unit, String name, UnitType unitType) {
}
