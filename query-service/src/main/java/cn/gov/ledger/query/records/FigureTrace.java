package cn.gov.ledger.query.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The entries behind a ledger figure, and their sum in 万元, which is the figure as printed. */
public record FigureTrace(String department, int fiscalYear, String figure, String project, int fromYear,
                          LocalDate asOf, Instant knownAt, long position, String total, int count,
                          List<TracedEntry> entries) {
}
