package cn.gov.ledger.api.budget;

import cn.gov.ledger.api.code.Classification;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A signed adjustment (追加 positive, 追减 negative) with the reason for it. */
public record AdjustBudgetCommand(@TargetAggregateIdentifier String lineId, String entryId, Classification line,
                                  long amountFen, LocalDate businessDate, String documentNo, String reason) {
}
