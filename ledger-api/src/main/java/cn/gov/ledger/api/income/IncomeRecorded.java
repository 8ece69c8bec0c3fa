package cn.gov.ledger.api.income;

import cn.gov.ledger.api.code.Classification;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Money received by a unit, by source and functional 项. */
@Revision("1")
public record IncomeRecorded(String entryId, String accountId, Classification classification, long amountFen,
                             LocalDate businessDate, String documentNo, String memo) {
}
