package cn.gov.ledger.security.problem;

import cn.gov.ledger.security.RequestIdFilter;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Writes a problem outside Spring MVC (security refusals, rejected paths, the container's own errors) in the
 * same shape as the controllers' answers, with the request id.
 */
public final class ProblemWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemWriter() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        response.setStatus(problem.getStatus());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        write(response.getOutputStream(), problem, request.getRequestURI(), RequestIdFilter.of(request));
    }

    static void write(OutputStream out, ProblemDetail problem, String instance, String requestId)
            throws IOException {
        JSON.writeValue(out, body(problem, instance, requestId));
    }

    static Map<String, Object> body(ProblemDetail problem, String instance, String requestId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", instance);
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        if (requestId != null) {
            body.put(RequestIdFilter.MDC_KEY, requestId);
        }
        return body;
    }
}
