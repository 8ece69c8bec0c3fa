package cn.gov.ledger.query.tables;

import cn.gov.ledger.query.web.BadRequestException.FieldProblem;
import cn.gov.ledger.query.web.BadRequestException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What a table or check request asks for, validated.
 *
 * @param unit        one unit, or null for the whole department
 * @param asOf        business date: postings dated on or before it
 * @param knownAt     recording instant, or null for "everything recorded so far"
 * @param position    only events at or below this global index, or null for all processed ones
 * @param minPosition do not answer before the projection has processed this position
 */
public record ReportRequest(String department, int fiscalYear, String unit, LocalDate asOf, Instant knownAt,
                            Long position, long minPosition) {

    /** Parses the query parameters; every problem is reported at once, by field. */
    public static ReportRequest parse(String department, int fiscalYear, String unit, String asOf, String knownAt,
                                      String position, String minPosition) {
        List<FieldProblem> errors = new ArrayList<>();
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
        } else if (errors.isEmpty()) {
            businessDate = LocalDate.of(fiscalYear, 12, 31);
        }
        Instant recorded = null;
        if (knownAt != null) {
            try {
                // An unencoded '+' of an offset arrives as a space; there is no other reading of it.
                recorded = OffsetDateTime.parse(knownAt.trim().replace(' ', '+')).toInstant()
                        .truncatedTo(ChronoUnit.MICROS); // the precision PostgreSQL records instants with
            } catch (DateTimeException e) {
                errors.add(new FieldProblem("knownAt", "must be an ISO-8601 instant such as 2025-04-23T00:00:00Z"));
            }
        }
        Long upTo = nonNegative("position", position, errors);
        Long waitFor = nonNegative("minPosition", minPosition, errors);
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        return new ReportRequest(department, fiscalYear, unit, businessDate, recorded, upTo,
                waitFor == null ? 0 : waitFor);
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
