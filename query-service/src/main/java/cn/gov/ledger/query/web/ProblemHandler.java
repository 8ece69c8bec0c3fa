package cn.gov.ledger.query.web;

import cn.gov.ledger.query.web.BadRequestException.FieldProblem;
import cn.gov.ledger.security.problem.ProblemExceptionHandler;
import cn.gov.ledger.security.problem.Problems;
import java.util.List;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Renders every failure as application/problem+json (RFC 9457) in the vocabulary both services share: a
 * parameter that was read but is not valid ({@code asOf=2024-13-01}) is 422 with {@code errors}.
 */
@RestControllerAdvice
class ProblemHandler extends ProblemExceptionHandler {

    @ExceptionHandler(BadRequestException.class)
    ProblemDetail badRequest(BadRequestException e) {
        return invalid(e.errors());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return invalid(List.of(new FieldProblem(e.getName(), "has the wrong form: " + e.getValue())));
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> problem(ProblemException e) {
        return e.retryAfter() == null ? ResponseEntity.status(e.problem().getStatus()).body(e.problem())
                : Problems.withRetryAfter(e.problem(), e.retryAfter());
    }

    private static ProblemDetail invalid(List<FieldProblem> errors) {
        return Problems.invalid(errors, errors.size() == 1 ? errors.get(0).field() + " " + errors.get(0).message()
                : errors.size() + " request fields are invalid");
    }
}
