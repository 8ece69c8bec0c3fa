package cn.gov.ledger.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

    private final ObjectMapper json;
    private final String typeBase;
    private final String challenge;

    ProblemResponses(ObjectMapper json, String typeBase, String challenge) {
        this.json = json;
        this.typeBase = typeBase;
        this.challenge = challenge;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        log.info("refused {} {}: not authenticated ({})", request.getMethod(), request.getRequestURI(), e.getMessage());
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        write(request, response, 401, "unauthenticated", "未登录 Authentication required",
                "sign in to " + request.getMethod() + " " + request.getRequestURI());
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        String who = CurrentActor.name().orElse("an anonymous user");
        String detail = e instanceof CsrfException
                ? "a browser form needs its CSRF token (" + e.getMessage() + ")"
                : who + " has no role that may " + request.getMethod() + " " + request.getRequestURI();
        log.info("refused {} {}: {}", request.getMethod(), request.getRequestURI(), detail);
        write(request, response, 403, "forbidden", "无权操作 Forbidden", detail);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, int status, String type,
                       String title, String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", typeBase + type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        problem.put(RequestIdFilter.MDC_KEY, RequestIdFilter.of(request));
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
