package cn.gov.ledger.api.budget;

import cn.gov.ledger.api.code.Classification;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** 预算批复: budget put on a line. */
@Revision("1")
public record BudgetAppropriated(String entryId, String lineId, Classification line, long amountFen,
                                 LocalDate businessDate, String documentNo, String memo) {
}
