package cn.gov.ledger.query.audit;

import java.util.List;

/**
 * The entries of a {@link FactSelection}, a page at a time, each with its events.
 *
 * @param count      entries in all; {@code entries} holds those from {@code offset}
 * @param sumFen     the signed sum of all of them
 * @param nextOffset the offset of the next page, null on the last page
 */
public record EntryList(long count, long sumFen, long offset, Long nextOffset, List<AuditedEntry> entries) {
}
