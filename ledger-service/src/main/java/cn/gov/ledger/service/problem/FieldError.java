package cn.gov.ledger.service.problem;

/** One refused field of a request or import row. */
public record FieldError(String field, String message) {
}
