package cn.gov.ledger.query.web;

import java.util.List;

/** A parameter or field was read but is not valid; every problem found is reported at once so a client can fix them together. */
public class BadRequestException extends RuntimeException {

    private final transient List<FieldProblem> errors;

    public BadRequestException(List<FieldProblem> errors) {
        super(errors.isEmpty() ? "bad request" : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public static BadRequestException of(String field, String message) {
        return new BadRequestException(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    /** One thing wrong with one request field, as listed in a 422 problem's {@code errors}. */
    public record FieldProblem(String field, String message) {
    }
}
