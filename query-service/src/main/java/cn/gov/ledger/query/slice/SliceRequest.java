package cn.gov.ledger.query.slice;

import cn.gov.ledger.query.web.BadRequestException;
import cn.gov.ledger.query.web.BadRequestException.FieldProblem;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A point in time as a request asks for it, validated; {@link SliceResolver} fixes it into a {@link Slice}.
 *
 * @param unit        one unit, or null for the whole department
 * @param asOf        business date: postings dated on or before it
 * @param knownAt     recording instant, or null for "everything recorded" (see {@link Slice})
 * @param position    only events at or below this global index, or null for all processed ones
 * @param minPosition do not answer before the projection has processed this position
 */
public record SliceRequest(String department, int fiscalYear, String unit, LocalDate asOf, Instant knownAt,
                           Long position, long minPosition) {

    /** Parses the query parameters; every problem is reported at once, by field, as a 400. */
    public static SliceRequest parse(String department, int fiscalYear, String unit, String asOf, String knownAt,
                                     String position, String minPosition) {
        List<FieldProblem> errors = new ArrayList<>();
        SliceRequest request = parse(department, fiscalYear, unit, asOf, knownAt, position, minPosition, errors);
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        return request;
    }

    /**
     * Parses the query parameters for a request that checks more fields: the slice's problems are added to
     * {@code errors}, and null is returned if there are any.
     */
    public static SliceRequest parse(String department, int fiscalYear, String unit, String asOf, String knownAt,
                                     String position, String minPosition, List<FieldProblem> errors) {
        int before = errors.size();
        if (fiscalYear < 1000 || fiscalYear > 9999) {
            errors.add(new FieldProblem("year", "must be a four-digit fiscal year"));
        }
        if (unit != null && unit.isBlank()) {
            errors.add(new FieldProblem("unit", "must not be blank"));
        }
        LocalDate businessDate = null;
        if (asOf != null) {
            try {
                businessDate = LocalDate.parse(asOf.trim());
            } catch (DateTimeException e) {
                errors.add(new FieldProblem("asOf", "must be an ISO date such as 2024-06-30"));
            }
        } else if (errors.size() == before) {
            businessDate = LocalDate.of(fiscalYear, 12, 31);
        }
        Instant recorded = instant("knownAt", knownAt, errors);
        if (recorded != null) {
            recorded = recorded.truncatedTo(ChronoUnit.MICROS); // the precision PostgreSQL records instants with
        }
        Long upTo = nonNegative("position", position, errors);
        Long waitFor = nonNegative("minPosition", minPosition, errors);
        if (errors.size() != before) {
            return null;
        }
        return new SliceRequest(department, fiscalYear, unit, businessDate, recorded, upTo,
                waitFor == null ? 0 : waitFor);
    }

    /** The same request answered at no later position than {@code cap} (the earlier end of a diff). */
    public SliceRequest notAfter(long cap) {
        return new SliceRequest(department, fiscalYear, unit, asOf, knownAt,
                position == null ? cap : Math.min(position, cap), minPosition);
    }

    /**
     * The slice a served answer was fixed at, read again from what it reports.
     *
     * @param fixedAt the knownAt the answer reports (the instant it was fixed when the request named none)
     */
    public Slice fixed(String departmentName, long fixedPosition, Instant fixedAt) {
        return new Slice(department, departmentName, fiscalYear, unit, asOf, knownAt, fixedPosition, fixedAt,
                fixedPosition);
    }

    /** An ISO-8601 instant with an offset, or null if absent; a malformed one is a problem of {@code field}. */
    public static Instant instant(String field, String value, List<FieldProblem> errors) {
        if (value == null) {
            return null;
        }
        try {
            // An unencoded '+' of an offset arrives as a space; there is no other reading of it.
            return OffsetDateTime.parse(value.trim().replace(' ', '+')).toInstant();
        } catch (DateTimeException e) {
            errors.add(new FieldProblem(field, "must be an ISO-8601 instant such as 2025-04-23T00:00:00Z"));
            return null;
        }
    }

    private static Long nonNegative(String field, String value, List<FieldProblem> errors) {
        if (value == null) {
            return null;
        }
        try {
            long parsed = Long.parseLong(value.trim());
            if (parsed >= 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below, like a negative number
        }
        errors.add(new FieldProblem(field, "must be a global event position (a whole number, 0 or more)"));
        return null;
    }
}
