package cn.gov.ledger.service.entry;

import cn.gov.ledger.api.code.EconomicCode;
import cn.gov.ledger.api.code.EntryKind;
import java.time.LocalDate;

/** An entry as the write side remembers it, enough to reverse it. */
public record EntryRecord(String entryId, String aggregateId, EntryKind kind, String department, String unit,
                          int fiscalYear, EconomicCode economicCode, long amountFen, LocalDate businessDate,
                          String reversalOf, String reversedBy, long position) {
}
