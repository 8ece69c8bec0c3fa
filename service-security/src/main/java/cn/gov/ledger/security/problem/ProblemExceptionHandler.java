package cn.gov.ledger.security.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.NonNull;
import org.springframework.lang.Nullable;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The base of each service's problem handler: Spring MVC's own refusals (405, 406, 413, 415, a missing
 * parameter…) in the shared vocabulary, and a body that cannot be read split in two: JSON that does not parse
 * (or has trailing tokens or a duplicate key) is 400; a value of the wrong form for its field is 422 naming the
 * field. A header the firewall refuses when a controller reads it is 400 as well.
 */
public abstract class ProblemExceptionHandler extends ResponseEntityExceptionHandler {

    /** The firewall checks a header only when it is read: a header with control or non-ASCII bytes, say. */
    @ExceptionHandler(RequestRejectedException.class)
    ProblemDetail rejected(RequestRejectedException e) {
        return Problems.badSyntax(e.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(@NonNull HttpMessageNotReadableException e,
                                                                  @NonNull HttpHeaders headers,
                                                                  @NonNull HttpStatusCode status,
                                                                  @NonNull WebRequest request) {
        ProblemDetail problem;
        if (e.getMostSpecificCause() instanceof InvalidFormatException invalid && !invalid.getPath().isEmpty()) {
            problem = Problems.invalid(List.of(new FieldProblem(path(invalid), invalid.getOriginalMessage())));
        } else {
            problem = Problems.badSyntax("the body is not valid JSON of the expected shape");
            problem.setProperty("errors", List.of(new FieldProblem("body", rootMessage(e))));
        }
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    /** Spring's default problems ({@code about:blank}, English titles) get the vocabulary's type and title. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(@NonNull Exception e, @Nullable Object body,
                                                             @NonNull HttpHeaders headers,
                                                             @NonNull HttpStatusCode status,
                                                             @NonNull WebRequest request) {
        if (body == null && e instanceof ErrorResponse response) {
            body = response.getBody();
        }
        if (body instanceof ProblemDetail framework && "about:blank".equals(String.valueOf(framework.getType()))) {
            ProblemDetail problem = Problems.forStatus(status.value(), framework.getDetail());
            Map<String, Object> extra = framework.getProperties();
            if (extra != null) {
                extra.forEach(problem::setProperty);
            }
            body = problem;
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream().map(ref -> ref.getFieldName() != null ? ref.getFieldName()
                : "[" + ref.getIndex() + "]").collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause instanceof JsonMappingException mapping ? mapping.getOriginalMessage()
                : cause.getMessage();
        message = message == null ? "unreadable" : message;
        return message.length() > 200 ? message.substring(0, 200) : message;
    }
}
