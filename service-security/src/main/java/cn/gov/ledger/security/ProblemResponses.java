package cn.gov.ledger.security;

import cn.gov.ledger.security.problem.ProblemWriter;
import cn.gov.ledger.security.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * 401 and 403 as application/problem+json, in the shape of the services' other refusals, with the request id.
 * Each refusal is logged once (the MDC adds request id and, for a 403, the actor).
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    private final String challenge;

    ProblemResponses(String challenge) {
        this.challenge = challenge;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        log.info("refused {} {}: not authenticated ({})", request.getMethod(), request.getRequestURI(), e.getMessage());
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        ProblemWriter.write(request, response, Problems.unauthenticated("sign in to " + request.getMethod() + " "
                + request.getRequestURI()));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        String who = CurrentActor.name().orElse("an anonymous user");
        String detail = e instanceof CsrfException
                ? "a browser form needs its CSRF token (" + e.getMessage() + ")"
                : who + " has no role that may " + request.getMethod() + " " + request.getRequestURI();
        log.info("refused {} {}: {}", request.getMethod(), request.getRequestURI(), detail);
        ProblemWriter.write(request, response, Problems.forbidden(detail));
    }
}
