package cn.gov.ledger.service.web;

import cn.gov.ledger.service.problem.FieldError;
import cn.gov.ledger.service.problem.InvalidRequestException;
import cn.gov.ledger.service.problem.Rejection;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.util.List;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every refusal leaves as application/problem+json (RFC 9457), field by field where fields are at fault. */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private final MeterRegistry meters;

    ProblemHandler(MeterRegistry meters) {
        this.meters = meters;
    }

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e) {
        count("invalid");
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "invalid", "请求字段无效 Invalid fields",
                e.errors().size() + " field(s) are invalid");
        problem.setProperty("errors", e.errors());
        return problem;
    }

    @ExceptionHandler(Rejection.class)
    ProblemDetail rejected(Rejection e) {
        count(e.reason());
        ProblemDetail problem = problem(HttpStatus.valueOf(e.status()), e.reason(), e.title(), e.getMessage());
        e.properties().forEach(problem::setProperty);
        return problem;
    }

    @ExceptionHandler(CommandExecutionException.class)
    ProblemDetail commandFailed(CommandExecutionException e) {
        if (e.getCause() instanceof Rejection rejection) {
            return rejected(rejection);
        }
        throw e;
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail noBudgetLine(AggregateNotFoundException e) {
        count("no-budget-line");
        return problem(HttpStatus.CONFLICT, "no-budget-line", "无预算不支出 No budget line",
                "no budget line " + e.getAggregateIdentifier());
    }

    /** Anything unforeseen still answers as a problem, without internals; the log has the stack trace. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        logger.error("unexpected failure", e);
        count("internal-error");
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "内部错误 Internal error",
                "the request could not be completed; nothing was posted");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        count("malformed");
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "malformed", "请求格式错误 Malformed request",
                "the body is not valid JSON of the expected shape");
        problem.setProperty("errors", List.of(new FieldError("body", rootMessage(e))));
        return ResponseEntity.badRequest().body(problem);
    }

    private void count(String reason) {
        meters.counter("ledger.entries.rejected", "reason", reason).increment();
    }

    private static ProblemDetail problem(HttpStatus status, String reason, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + reason));
        problem.setTitle(title);
        return problem;
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? "unreadable" : cause.getMessage();
        return message.length() > 200 ? message.substring(0, 200) : message;
    }
}
