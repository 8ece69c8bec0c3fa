package cn.gov.ledger.security.problem;

/** One field of a refused request body, as listed in a problem's {@code errors}. */
public record FieldProblem(String field, String message) {
}
