package cn.gov.ledger.query.records;

import java.time.Instant;
import java.time.LocalDate;

/** One ledger entry behind a figure; {@code amount} in yuan, signed as it counts (a reversal is negative). */
public record TracedEntry(String entryId, String reversalOf, String kind, int fiscalYear, String unit,
                          String functionalCode, String expenditureType, String project, String economicCode,
                          String amount, LocalDate businessDate, long position, Instant recordedAt, String actor) {
}
