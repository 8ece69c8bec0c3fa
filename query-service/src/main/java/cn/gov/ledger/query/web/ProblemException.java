package cn.gov.ledger.query.web;

import java.time.Duration;
import org.springframework.http.HttpStatus;

/**
 * A request that cannot be answered, with the HTTP status and problem type that say why. Malformed
 * parameters have their own exception, {@link BadRequestException}, because they list every field.
 */
public final class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String title;
    private final Duration retryAfter;

    private ProblemException(HttpStatus status, String type, String title, String detail, Duration retryAfter) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.retryAfter = retryAfter;
    }

    /** The department, year, unit or table asked for does not exist in the ledger. */
    public static ProblemException notFound(String detail) {
        return new ProblemException(HttpStatus.NOT_FOUND, "not-found", "Not found", detail, null);
    }

    /** A representation the contract names but this service cannot produce yet. */
    public static ProblemException notAcceptable(String detail) {
        return new ProblemException(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "Format not available", detail, null);
    }

    /** The request clashes with what is going on, such as a second rebuild while one runs. */
    public static ProblemException conflict(String detail) {
        return new ProblemException(HttpStatus.CONFLICT, "conflict", "Conflict", detail, null);
    }

    /** Stored content no longer matches the hash taken when it was stored: it must not be served. */
    public static ProblemException corrupted(String detail) {
        return new ProblemException(HttpStatus.INTERNAL_SERVER_ERROR, "integrity", "Stored content altered", detail,
                null);
    }

    /** The projection has not reached the position the client needs within the wait bound; try again later. */
    public static ProblemException notReady(String detail, Duration retryAfter) {
        return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "projection-behind", "Projection not there yet",
                detail, retryAfter);
    }

    HttpStatus status() {
        return status;
    }

    String type() {
        return type;
    }

    String title() {
        return title;
    }

    /** When to try again, for 503; null otherwise. */
    Duration retryAfter() {
        return retryAfter;
    }
}
