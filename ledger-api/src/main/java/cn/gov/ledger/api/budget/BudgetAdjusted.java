package cn.gov.ledger.api.budget;

import cn.gov.ledger.api.code.Classification;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record BudgetAdjusted(String entryId, String lineId, Classification line, long amountFen,
                             LocalDate businessDate, String documentNo, String reason) {
}
