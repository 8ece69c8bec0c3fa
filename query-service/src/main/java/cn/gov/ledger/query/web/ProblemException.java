package cn.gov.ledger.query.web;

import cn.gov.ledger.security.problem.Problems;
import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A request that cannot be answered, with the problem (shared vocabulary) that says why. Malformed
 * parameters have their own exception, {@link BadRequestException}, because they list every field.
 */
public final class ProblemException extends RuntimeException {

    private final transient ProblemDetail problem;
    private final Duration retryAfter;

    private ProblemException(ProblemDetail problem, Duration retryAfter) {
        super(problem.getDetail());
        this.problem = problem;
        this.retryAfter = retryAfter;
    }

    /** The department, year, unit or table asked for does not exist in the ledger. */
    public static ProblemException notFound(String detail) {
        return new ProblemException(Problems.notFound(detail), null);
    }

    /** A representation the contract names but this service cannot produce yet. */
    public static ProblemException notAcceptable(String detail) {
        return new ProblemException(Problems.forStatus(HttpStatus.NOT_ACCEPTABLE.value(), detail), null);
    }

    /** The request clashes with what is going on, such as a second rebuild while one runs. */
    public static ProblemException conflict(String detail) {
        return new ProblemException(Problems.conflict(detail), null);
    }

    /** Stored content no longer matches the hash taken when it was stored: it must not be served. */
    public static ProblemException corrupted(String detail) {
        return new ProblemException(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "integrity",
                "存储内容被改动 Stored content altered", detail), null);
    }

    /** The projection has not reached the position the client needs within the wait bound; try again later. */
    public static ProblemException notReady(String detail, Duration retryAfter) {
        return new ProblemException(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "projection-behind",
                "投影尚未就绪 Projection not there yet", detail), retryAfter);
    }

    ProblemDetail problem() {
        return problem;
    }

    /** When to try again, for 503; null otherwise. */
    Duration retryAfter() {
        return retryAfter;
    }
}
