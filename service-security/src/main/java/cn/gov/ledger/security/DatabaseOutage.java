package cn.gov.ledger.security;

import cn.gov.ledger.security.problem.ProblemWriter;
import cn.gov.ledger.security.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A database that cannot be reached (restarting, failing over, out of connections) is the server's trouble
 * and passes: 503 problem+json with {@code Retry-After}, never a 500. Everything else goes on to the
 * service's own exception handlers. Ahead of them because an outage arrives wrapped in whatever was running
 * (an Axon command, a JDBC template, a transaction), so it is recognised by its cause, not its type. Nothing
 * was posted: the transaction could not commit, and a retry with the same Idempotency-Key posts once.
 */
final class DatabaseOutage implements HandlerExceptionResolver, Ordered {

    static final int RETRY_AFTER_SECONDS = 2;
    private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);

    /** Whether the failure, or anything it was caused by, says the database could not be reached. */
    static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
                    || cause instanceof RecoverableDataAccessException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof SQLTransientConnectionException || cause instanceof SQLRecoverableException) {
                return true;
            }
            // 08: connection exception; 57P01–57P03: the server is shutting down, crashed or still starting.
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            // A commit or rollback the connection could not carry out: the pool says only "Connection is closed".
            if (cause instanceof TransactionSystemException failed && (failed.getCause() instanceof SQLException
                    || failed.getApplicationException() != null && isOutage(failed.getApplicationException()))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception failure) {
        if (!isOutage(failure) || response.isCommitted()) {
            return null;
        }
        log.warn("database unavailable during {} {}: {}", request.getMethod(), request.getRequestURI(),
                failure.toString());
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable",
                "数据库暂不可用 Database unavailable", "the database cannot be reached; nothing was changed. Retry in "
                        + RETRY_AFTER_SECONDS + " s (with the same Idempotency-Key for a posting)");
        try {
            response.resetBuffer();
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
            ProblemWriter.write(request, response, problem);
        } catch (IOException e) {
            log.debug("could not write the 503 answer", e);
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        // After Spring Boot's DefaultErrorAttributes (which only records the failure), before every handler.
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
