package cn.gov.ledger.api.organisation;

import cn.gov.ledger.api.code.CarriedBalance;
import java.util.List;
import org.axonframework.serialization.Revision;

/** The year is closed; its closing balances are the opening balances (年初结转和结余) of fiscalYear + 1. */
@Revision("1")
public record YearClosed(String department, String unit, int fiscalYear, List<CarriedBalance> balances) {
}
