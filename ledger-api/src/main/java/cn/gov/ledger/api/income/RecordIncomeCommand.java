package cn.gov.ledger.api.income;

import cn.gov.ledger.api.code.Classification;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordIncomeCommand(@TargetAggregateIdentifier String accountId, String entryId,
                                  Classification classification, long amountFen, LocalDate businessDate,
                                  String documentNo, String memo) {
}
