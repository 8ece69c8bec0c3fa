package cn.gov.ledger.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.function.Supplier;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * HEAD and OPTIONS are decided as the GET of the same path: a HEAD runs the GET's handler (an audit scan,
 * say), so a rule written for GET must hold for it too, whoever writes the next rule. The decision is asked of
 * the whole rule set, which exists only once the chain is built ({@link #decideWith}).
 */
final class ReadsAsGet implements AuthorizationManager<RequestAuthorizationContext> {

    static final RequestMatcher HEAD_OR_OPTIONS = request -> HttpMethod.HEAD.matches(request.getMethod())
            || HttpMethod.OPTIONS.matches(request.getMethod());

    private AuthorizationManager<HttpServletRequest> rules;

    void decideWith(AuthorizationManager<HttpServletRequest> rules) {
        this.rules = rules;
    }

    @Override
    public AuthorizationResult authorize(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        if (rules == null) {
            return new AuthorizationDecision(false);
        }
        return rules.authorize(authentication, new HttpServletRequestWrapper(context.getRequest()) {
            @Override
            public String getMethod() {
                return HttpMethod.GET.name();
            }
        });
    }

    @Override
    @Deprecated
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        AuthorizationResult result = authorize(authentication, context);
        return result == null ? null : new AuthorizationDecision(result.isGranted());
    }
}
