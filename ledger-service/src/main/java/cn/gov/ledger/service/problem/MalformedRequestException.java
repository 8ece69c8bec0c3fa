package cn.gov.ledger.service.problem;

import java.util.List;

/** Part of the request cannot be read at all (400 at the web edge), such as an unusable Idempotency-Key. */
public class MalformedRequestException extends RuntimeException {

    private final List<FieldError> errors;

    public MalformedRequestException(FieldError error) {
        super(error.field() + " " + error.message());
        this.errors = List.of(error);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
