package cn.gov.ledger.query.audit;

import cn.gov.ledger.query.web.BadRequestException.FieldProblem;
import java.util.List;

/** Whole-number query parameters (positions, limits, offsets) checked against their range. */
final class Paging {

    private Paging() {
    }

    /** The parameter's value, or {@code fallback} when absent; a problem is added when it is out of range. */
    static long number(String field, String value, long fallback, long min, long max, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long parsed = Long.parseLong(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below, like a number out of range
        }
        problems.add(new FieldProblem(field, "must be a whole number from " + min
                + (max == Long.MAX_VALUE ? " up" : " to " + max)));
        return fallback;
    }
}
