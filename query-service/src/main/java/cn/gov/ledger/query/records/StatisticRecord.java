package cn.gov.ledger.query.records;

import java.time.LocalDate;

/** A count in force: the latest record of its kind dated inside the year and not after asOf. */
public record StatisticRecord(String statisticId, String kind, String label, String measure, LocalDate asOf,
                              long value, String note, String supersedes, Entered entered) {
}
