package cn.gov.ledger.query.tables;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Which facts a table is built from: one department (or one of its units) and fiscal year, dated on or
 * before {@code asOf}, recorded by {@code knownAt}, at or below event {@code position}.
 */
record Slice(String department, int fiscalYear, String unit, LocalDate asOf, Instant knownAt, long position) {
}
