package cn.gov.ledger.query.web;

import static cn.gov.ledger.security.Roles.ADMIN;
import static cn.gov.ledger.security.Roles.AUDITOR;
import static cn.gov.ledger.security.Roles.BUDGET_OFFICER;
import static cn.gov.ledger.security.Roles.PUBLISHER;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import cn.gov.ledger.security.EndpointRules;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * Who may read and write what on the read side. Live tables, the report and checks are for any signed-in user;
 * the same at an earlier recording time or event position ({@code knownAt}, {@code position}) is the auditor's,
 * as are cell and figure drill-downs, diffs and the audit trail, in the API and in the console alike. What is published is public, except the restatements
 * (what changed after publication), which auditors and publishers read.
 */
@Component
class AccessRules implements EndpointRules {

    private static final String YEAR = "/api/v1/departments/*/years/*";
    private static final String YEAR_PATH = "/api/v1/departments/[^/]+/years/[^/]+";
    private static final Pattern SLICE = Pattern.compile("(" + YEAR_PATH
            + "/(tables/[^/]+|report|checks|procurement|operating-costs|statistics|performance(/[^/]+)?)"
            + "|/console/tables)");
    private static final Pattern PUBLISHED = Pattern.compile(YEAR_PATH + "/publications(/.*)?");
    private static final Pattern RESTATEMENTS = Pattern.compile(YEAR_PATH + "/publications(/.*)?/restatements(/.*)?");

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(GET, "/api/v1/audit/**", YEAR + "/tables/*/cells/**", YEAR + "/tables/*/diff",
                        YEAR + "/figures/*/entries", "/console/tables/*/cells/**")
                .hasRole(AUDITOR)
                .requestMatchers(earlierKnowledge()).hasRole(AUDITOR)
                .requestMatchers(get(RESTATEMENTS)).hasAnyRole(AUDITOR, PUBLISHER)
                .requestMatchers(get(PUBLISHED)).permitAll()
                .requestMatchers(POST, YEAR + "/publications", YEAR + "/publications/**").hasRole(PUBLISHER)
                .requestMatchers(PUT, "/api/v1/departments/*/layout-profile").hasRole(PUBLISHER)
                .requestMatchers(POST, "/api/v1/annotations").hasRole(BUDGET_OFFICER)
                .requestMatchers("/api/v1/admin/**").hasRole(ADMIN)
                // Checking published figures writes nothing: anyone signed in may.
                .requestMatchers(POST, "/api/v1/checks").authenticated()
                // A write not named above is the administrator's until someone names it here.
                .requestMatchers(POST, "/api/**").hasRole(ADMIN)
                .requestMatchers(PUT, "/api/**").hasRole(ADMIN)
                .requestMatchers(PATCH, "/api/**").hasRole(ADMIN)
                .requestMatchers(DELETE, "/api/**").hasRole(ADMIN);
    }

    /** A table, the report or the checks as the ledger stood at an earlier recording time or position. */
    private static RequestMatcher earlierKnowledge() {
        RequestMatcher slices = get(SLICE);
        return request -> slices.matches(request)
                && (request.getParameter("knownAt") != null || request.getParameter("position") != null);
    }

    private static RequestMatcher get(Pattern path) {
        return request -> GET.matches(request.getMethod()) && path.matcher(pathOf(request)).matches();
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
