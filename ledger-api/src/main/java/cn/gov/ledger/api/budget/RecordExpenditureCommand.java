package cn.gov.ledger.api.budget;

import cn.gov.ledger.api.code.Classification;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Spend on a budget line; the classification carries the expenditure's own economic code. */
public record RecordExpenditureCommand(@TargetAggregateIdentifier String lineId, String entryId,
                                       Classification classification, long amountFen, LocalDate businessDate,
                                       String voucherNo, String payee, String memo, String contractNo) {
}
