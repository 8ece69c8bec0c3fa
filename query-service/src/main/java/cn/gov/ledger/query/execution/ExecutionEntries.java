package cn.gov.ledger.query.execution;

import cn.gov.ledger.query.audit.EntryList;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The entries behind one figure of an execution row, with the slice they were read in.
 *
 * @param figure budget (appropriations and adjustments) or spent (expenditures), reversals included
 */
public record ExecutionEntries(String department, int fiscalYear, String unit, LocalDate asOf, Instant knownAt,
                               long position, String rowKey, String figure, EntryList list) {
}
