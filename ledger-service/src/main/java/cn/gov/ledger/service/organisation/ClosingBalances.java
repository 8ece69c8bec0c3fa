package cn.gov.ledger.service.organisation;

import cn.gov.ledger.api.code.CarriedBalance;
import java.util.List;

/** What a unit's year closes with, by source and functional 项: opening + income − expenditure. */
public interface ClosingBalances {

    List<CarriedBalance> of(String department, String unit, int fiscalYear);
}
