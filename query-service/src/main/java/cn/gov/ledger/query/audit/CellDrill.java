package cn.gov.ledger.query.audit;

import cn.gov.ledger.query.tables.TableFormulas.Term;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A cell and what makes it up. The header repeats the table's (same slice, same position). The terms are
 * the cell's formula; {@code entriesSumFen}, the signed sum of every entry the terms match, equals
 * {@code valueFen} exactly, which the service checks before answering.
 *
 * @param side       "income" or "expenditure" in tables 01 and 04, absent elsewhere
 * @param value      the cell as the table prints it (万元)
 * @param entryCount entries in all; {@code entries} holds those from {@code offset}, at most {@code limit}
 * @param nextOffset the offset of the next page of entries, null on the last page
 */
public record CellDrill(String table, String title, String department, int fiscalYear, String unit, LocalDate asOf,
                 Instant knownAt, long position, String currencyUnit, String side, String rowKey, String rowName,
                 String columnKey, String columnLabel, String value, long valueFen, List<Term> terms, long entryCount,
                 long entriesSumFen, long offset, int limit, Long nextOffset, List<AuditedEntry> entries) {
}
