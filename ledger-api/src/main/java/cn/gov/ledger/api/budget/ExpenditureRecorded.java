package cn.gov.ledger.api.budget;

import cn.gov.ledger.api.code.Classification;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A payment drawn on budget line {@code lineId}; the classification carries its own economic code.
 * {@code contractNo} is the department's procurement contract it pays, if any (absent in events recorded before
 * payments could name one, which read it as null).
 */
@Revision("1")
public record ExpenditureRecorded(String entryId, String lineId, Classification classification, long amountFen,
                                  LocalDate businessDate, String voucherNo, String payee, String memo,
                                  String contractNo) {
}
