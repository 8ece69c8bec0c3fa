package cn.gov.ledger.query.slice;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The ledger at a point in time, fixed: the facts of one department (or one of its units) and fiscal year,
 * dated on or before {@code asOf}, recorded by {@code knownAt}, at or below event {@code position}.
 *
 * <p>The one rule for a missing {@code knownAt}: it is null, and nothing is filtered by recording time; the
 * position alone bounds the slice. The answer reports {@code fixedAt}, the instant the slice was fixed, as its
 * knownAt. This keeps every earlier reading: the tables' "recorded by 9999-12-31" filtered nothing, the
 * drill-down's null filtered nothing, and the records' "recorded by now" filtered nothing either, since every
 * event at or below a processed position was recorded before the query asked (only an event stamped by a clock
 * running ahead of this one could differ, and the tables already counted such an event; now the records agree).
 *
 * @param departmentName the registered name, or null for a department known only from its facts
 * @param knownAt        the recording instant asked for, or null (see above)
 * @param fixedAt        the knownAt reported: {@code knownAt}, or the instant the slice was fixed
 * @param settled        the projection's settled position (see {@code Progress#settled}): caches may hold the
 *                       facts at or below it for good
 */
public record Slice(String department, String departmentName, int fiscalYear, String unit, LocalDate asOf,
                    Instant knownAt, long position, Instant fixedAt, long settled) {

    /** A slice of the facts alone, not fixed by a request: no name, settled at its position. */
    public static Slice of(String department, int fiscalYear, String unit, LocalDate asOf, Instant knownAt,
                           long position) {
        return new Slice(department, null, fiscalYear, unit, asOf, knownAt, position, knownAt, position);
    }

    /** The department's registered name, or its code when only its facts are known. */
    public String name() {
        return departmentName == null ? department : departmentName;
    }

    /** The first day of the fiscal year. */
    public LocalDate firstDay() {
        return LocalDate.of(fiscalYear, 1, 1);
    }

    /** The recording bound in microseconds since the epoch (PostgreSQL's precision); unbounded without knownAt. */
    public long recordedMicros() {
        return knownAt == null ? Long.MAX_VALUE : micros(knownAt);
    }

    /** Whether a fact of the department-year belongs to the slice, as {@link SliceConditions#facts} tells SQL. */
    public boolean counts(LocalDate businessDate, Instant recordedAt, long factPosition, String factUnit) {
        return factPosition <= position && !businessDate.isAfter(asOf)
                && (knownAt == null || !recordedAt.isAfter(knownAt)) && (unit == null || unit.equals(factUnit));
    }

    /** Microseconds since the epoch; exact up to year 294247. */
    public static long micros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000 + instant.getNano() / 1_000;
    }
}
