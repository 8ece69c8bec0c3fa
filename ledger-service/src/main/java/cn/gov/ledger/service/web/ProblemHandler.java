package cn.gov.ledger.service.web;

import cn.gov.ledger.security.problem.ProblemExceptionHandler;
import cn.gov.ledger.security.problem.Problems;
import cn.gov.ledger.service.problem.InvalidRequestException;
import cn.gov.ledger.service.problem.MalformedRequestException;
import cn.gov.ledger.service.problem.Rejection;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.NonNull;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/**
 * Every refusal leaves as application/problem+json (RFC 9457) in the shared vocabulary, field by field where
 * fields are at fault, with a metric per reason.
 */
@RestControllerAdvice
class ProblemHandler extends ProblemExceptionHandler {

    private final MeterRegistry meters;

    ProblemHandler(MeterRegistry meters) {
        this.meters = meters;
    }

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e) {
        count("invalid");
        return Problems.invalid(e.errors());
    }

    @ExceptionHandler(MalformedRequestException.class)
    ProblemDetail malformed(MalformedRequestException e) {
        count("malformed");
        ProblemDetail problem = Problems.badSyntax(e.getMessage());
        problem.setProperty("errors", e.errors());
        return problem;
    }

    @ExceptionHandler(Rejection.class)
    ProblemDetail rejected(Rejection e) {
        count(e.reason());
        HttpStatus status = switch (e.kind()) {
            case CONFLICT -> HttpStatus.CONFLICT;
            case UNKNOWN -> HttpStatus.NOT_FOUND;
            case MALFORMED -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case INVALID -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
        ProblemDetail problem = Problems.of(status, e.reason(), e.title(), e.getMessage());
        e.properties().forEach(problem::setProperty);
        return problem;
    }

    /** An aggregate's refusal may reach here wrapped by the command bus. */
    @ExceptionHandler(CommandExecutionException.class)
    ProblemDetail commandFailed(CommandExecutionException e) {
        if (e.getCause() instanceof Rejection rejection) {
            return rejected(rejection);
        }
        if (e.getCause() instanceof InvalidRequestException invalid) {
            return invalid(invalid);
        }
        throw e;
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail noBudgetLine(AggregateNotFoundException e) {
        count("no-budget-line");
        return Problems.of(HttpStatus.CONFLICT, "no-budget-line", "无预算不支出 No budget line",
                "no budget line " + e.getAggregateIdentifier());
    }

    /** Anything unforeseen still answers as a problem, without internals; the log has the stack trace. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        logger.error("unexpected failure", e);
        count("internal-error");
        return Problems.internalError("the request could not be completed; nothing was posted");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(@NonNull HttpMessageNotReadableException e,
                                                                  @NonNull HttpHeaders headers,
                                                                  @NonNull HttpStatusCode status,
                                                                  @NonNull WebRequest request) {
        ResponseEntity<Object> answer = super.handleHttpMessageNotReadable(e, headers, status, request);
        count(answer.getStatusCode().value() == 400 ? "malformed" : "invalid");
        return answer;
    }

    private void count(String reason) {
        meters.counter("ledger.entries.rejected", "reason", reason).increment();
    }
}
