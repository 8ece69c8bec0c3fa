package cn.gov.ledger.query.slice;

import cn.gov.ledger.query.web.BadRequestException.FieldProblem;
import java.util.List;

/**
 * The slice's query parameters as bound from the query string ({@code @ParameterObject}), before
 * {@link SliceRequest#parse} checks them.
 */
public record SliceParameters(String asOf, String knownAt, String position, String unit, String minPosition) {

    /** The same slice for the whole department (figures kept per department only). */
    public SliceParameters wholeDepartment() {
        return new SliceParameters(asOf, knownAt, position, null, minPosition);
    }

    /** The request of a department-year; a 400 listing every problem if the parameters are malformed. */
    public SliceRequest request(String department, int fiscalYear) {
        return SliceRequest.parse(department, fiscalYear, unit, asOf, knownAt, position, minPosition);
    }

    /** As {@link #request(String, int)}, with the problems added to {@code errors} (null if there are any). */
    public SliceRequest request(String department, int fiscalYear, List<FieldProblem> errors) {
        return SliceRequest.parse(department, fiscalYear, unit, asOf, knownAt, position, minPosition, errors);
    }
}
