package cn.gov.ledger.service.problem;

import java.util.List;

/** The request is well-formed but some fields are invalid (422 at the web edge); every one of them is listed. */
public class InvalidRequestException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidRequestException(List<FieldError> errors) {
        super("invalid fields: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
