package cn.gov.ledger.service.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One refused field of a request, or of an import row ({@code line} is the file's line number, header = 1). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(Long line, String field, String message) {

    public FieldError(String field, String message) {
        this(null, field, message);
    }

    public FieldError atLine(long lineNumber) {
        return new FieldError(lineNumber, field, message);
    }
}
