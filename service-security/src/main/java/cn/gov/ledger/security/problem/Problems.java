package cn.gov.ledger.security.problem;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The one problem vocabulary of both services (contract Additions, "Errors and keys"): every {@code type} is
 * {@code /problems/<reason>}, every title "中文 English". 400 is for what cannot be read at all, 422 for what
 * was read but is not valid, field by field.
 */
public final class Problems {

    public static final String TYPE_BASE = "/problems/";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String reason, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + reason));
        problem.setTitle(title);
        return problem;
    }

    /** 400: unparseable JSON or CSV, trailing tokens, bad character encoding, a bad path or header. */
    public static ProblemDetail badSyntax(String detail) {
        return of(HttpStatus.BAD_REQUEST, "malformed", "请求格式错误 Malformed request", detail);
    }

    /** 422: readable but invalid values, body fields and query parameters alike; {@code errors} lists each. */
    public static ProblemDetail invalid(List<?> errors, String detail) {
        ProblemDetail problem = of(HttpStatus.UNPROCESSABLE_ENTITY, "invalid", "请求字段无效 Invalid fields", detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    public static ProblemDetail invalid(List<?> errors) {
        return invalid(errors, errors.size() + " field(s) are invalid");
    }

    public static ProblemDetail unauthenticated(String detail) {
        return of(HttpStatus.UNAUTHORIZED, "unauthenticated", "未登录 Authentication required", detail);
    }

    public static ProblemDetail forbidden(String detail) {
        return of(HttpStatus.FORBIDDEN, "forbidden", "无权操作 Forbidden", detail);
    }

    public static ProblemDetail notFound(String detail) {
        return of(HttpStatus.NOT_FOUND, "not-found", "未找到 Not found", detail);
    }

    public static ProblemDetail conflict(String detail) {
        return of(HttpStatus.CONFLICT, "conflict", "冲突 Conflict", detail);
    }

    public static ProblemDetail tooLarge(String detail) {
        return of(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", "请求过大 Request too large", detail);
    }

    /** 503 while the database (or the projection a request waits for) is not there; try again after the pause. */
    public static ResponseEntity<ProblemDetail> unavailable(String detail, Duration retryAfter) {
        return withRetryAfter(of(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "服务暂不可用 Service unavailable",
                detail), retryAfter);
    }

    public static ResponseEntity<ProblemDetail> withRetryAfter(ProblemDetail problem, Duration retryAfter) {
        return ResponseEntity.status(problem.getStatus())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, retryAfter.toSeconds()))).body(problem);
    }

    /** Without internals: the log has the stack trace. */
    public static ProblemDetail internalError(String detail) {
        return of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "内部错误 Internal error", detail);
    }

    /** Any status in the vocabulary, for refusals the framework or the servlet container raises itself. */
    public static ProblemDetail forStatus(int status, String detail) {
        HttpStatus known = HttpStatus.resolve(status);
        return switch (status) {
            case 400 -> badSyntax(detail);
            case 401 -> unauthenticated(detail);
            case 403 -> forbidden(detail);
            case 404 -> notFound(detail);
            case 409 -> conflict(detail);
            case 413 -> tooLarge(detail);
            case 422 -> invalid(List.of(), detail);
            case 405 -> of(known, "method-not-allowed", "不支持的请求方法 Method not allowed", detail);
            case 406 -> of(known, "not-acceptable", "无法提供该格式 Not acceptable", detail);
            case 415 -> of(known, "unsupported-media-type", "不支持的内容类型 Unsupported media type", detail);
            case 503 -> of(known, "unavailable", "服务暂不可用 Service unavailable", detail);
            default -> status >= 500 ? internalError(detail) : of(HttpStatusCode.valueOf(status),
                    known == null ? "client-error" : known.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    "请求错误 " + (known == null ? "Client error" : known.getReasonPhrase()), detail);
        };
    }
}
