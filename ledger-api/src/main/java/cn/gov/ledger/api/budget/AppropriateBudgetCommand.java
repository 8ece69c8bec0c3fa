package cn.gov.ledger.api.budget;

import cn.gov.ledger.api.code.Classification;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AppropriateBudgetCommand(@TargetAggregateIdentifier String lineId, String entryId, Classification line,
                                       long amountFen, LocalDate businessDate, String documentNo, String memo) {
}
