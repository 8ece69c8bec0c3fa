package cn.gov.ledger.query.execution;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The facts a figure sums: one department (or one of its units) and fiscal year, dated on or before
 * {@code asOf}, recorded by {@code recordedBy}, at or below event {@code position}.
 */
record ExecutionSlice(String department, int fiscalYear, String unit, LocalDate asOf, Instant recordedBy,
                      long position) {

    long recordedMicros() {
        return recordedBy.getEpochSecond() * 1_000_000 + recordedBy.getNano() / 1_000;
    }
}
