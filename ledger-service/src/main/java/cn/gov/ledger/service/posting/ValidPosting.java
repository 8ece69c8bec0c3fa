package cn.gov.ledger.service.posting;

import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.api.code.EntryKind;
import java.time.LocalDate;

/** A posting whose every field has been checked; amounts in fen. */
public record ValidPosting(EntryKind kind, Classification classification, long amountFen, LocalDate businessDate,
                           String documentNo, String voucherNo, String payee, String memo, String reason,
                           String contractNo) {
}
