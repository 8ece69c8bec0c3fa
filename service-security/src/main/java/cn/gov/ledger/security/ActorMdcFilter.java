package cn.gov.ledger.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the authenticated user into the MDC (key {@code actor}). It sits in the security chain after
 * authentication and before the filter that turns refusals into answers, so that a refusal's log line names
 * who was refused.
 */
final class ActorMdcFilter extends OncePerRequestFilter {

    static final String MDC_KEY = "actor";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CurrentActor.name().ifPresent(name -> MDC.put(MDC_KEY, name));
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }
}
