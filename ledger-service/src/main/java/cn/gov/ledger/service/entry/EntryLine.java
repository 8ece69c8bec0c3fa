package cn.gov.ledger.service.entry;

import cn.gov.ledger.api.code.EntryKind;
import java.time.LocalDate;

/**
 * An entry as the clerk's list shows it, with what its event says beyond the ledger_entry row.
 *
 * @param amount    yuan, two decimals; negative for a reversal
 * @param reference the voucher number of an expenditure, the document number of anything else
 * @param note      the memo, or the reason of an adjustment or reversal
 */
public record EntryLine(String entryId, EntryKind kind, String department, String unit, int fiscalYear,
                        String source, String functionalCode, String economicCode, String expenditureType,
                        String project, String amount, LocalDate businessDate, String reference, String payee,
                        String note, String reversalOf, String reversedBy, String actor, long position) {

    /** Whether a reversal of it may be asked for: neither a reversal itself nor already reversed. */
    public boolean reversible() {
        return reversalOf == null && reversedBy == null;
    }
}
