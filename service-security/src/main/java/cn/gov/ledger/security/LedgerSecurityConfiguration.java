package cn.gov.ledger.security;

import cn.gov.ledger.security.LedgerSecurityProperties.Mode;
import cn.gov.ledger.security.problem.ContainerErrors;
import cn.gov.ledger.security.problem.StrictJson;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.boot.autoconfigure.security.servlet.PathRequest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * The security filter chain of both services: the shared rules, the service's {@link EndpointRules}, then
 * "authenticated" for the rest. In users mode the API takes HTTP Basic and the browser a form login (page
 * {@code /login}); in jwt mode bearer tokens only, with no session.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(LedgerSecurityProperties.class)
@Import({UsersConfiguration.class, ProblemRequestIds.class, OpenApiDocument.class, LoginPage.class, StrictJson.class,
        ContainerErrors.class})
public class LedgerSecurityConfiguration {

    static final String LOGIN_PAGE = "/login";

    /** 503 with Retry-After while the database cannot be reached (see {@link DatabaseOutage}). */
    @Bean
    HandlerExceptionResolver databaseOutage() {
        return new DatabaseOutage();
    }

    /**
     * No observation of the filter chain, sign-in or access decisions. Turning them off by property only made them
     * no-ops: every filter was still wrapped, per request, in an observing filter that named and timed nothing
     * (measured: a few percent of a posting's CPU). {@code http.server.requests} still times every request.
     */
    @Bean
    static SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain ledgerSecurityFilterChain(HttpSecurity http, LedgerSecurityProperties properties,
                                                  EndpointRules rules) throws Exception {
        boolean jwt = properties.mode() == Mode.JWT;
        ProblemResponses problems = new ProblemResponses(jwt ? "Bearer" : "Basic realm=\"ledger\", charset=\"UTF-8\"");
        ReadsAsGet readsAsGet = new ReadsAsGet();
        http.authorizeHttpRequests(requests -> {
            requests.requestMatchers(ReadsAsGet.HEAD_OR_OPTIONS).access(readsAsGet)
                    .requestMatchers(EndpointRequest.to(HealthEndpoint.class, InfoEndpoint.class)).permitAll()
                    .requestMatchers(PathRequest.toStaticResources().atCommonLocations()).permitAll()
                    .requestMatchers(LOGIN_PAGE, "/error", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
                            "/swagger-ui/**").permitAll()
                    .requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole(Roles.ADMIN);
            rules.authorize(requests);
            requests.anyRequest().authenticated();
        });
        // A forged cross-site request can ride only on what the browser adds by itself: the session cookie.
        // So an API call that brings its own credentials (Basic or bearer), or has no session to ride on, needs
        // no CSRF token; one that would be authorised by the console's session needs it like the forms do.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(LedgerSecurityConfiguration::apiWithoutSession));
        http.exceptionHandling(exceptions -> {
            if (!jwt) {
                // A page asked for by a browser goes to the login form; everything else gets a problem.
                MediaTypeRequestMatcher pages = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
                pages.setIgnoredMediaTypes(Set.of(MediaType.ALL));
                exceptions.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE), pages);
            }
            exceptions.defaultAuthenticationEntryPointFor(problems, AnyRequestMatcher.INSTANCE)
                    .accessDeniedHandler(problems);
        });
        http.addFilterBefore(new ActorMdcFilter(), ExceptionTranslationFilter.class);
        if (jwt) {
            http.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .oauth2ResourceServer(server -> server
                            .jwt(token -> token.jwtAuthenticationConverter(tokenConverter(properties.jwt())))
                            .authenticationEntryPoint(problems).accessDeniedHandler(problems));
        } else {
            http.httpBasic(basic -> basic.authenticationEntryPoint(problems))
                    .formLogin(form -> form.loginPage(LOGIN_PAGE).permitAll());
        }
        SecurityFilterChain chain = http.build();
        chain.getFilters().stream().filter(AuthorizationFilter.class::isInstance).map(AuthorizationFilter.class::cast)
                .findFirst().ifPresent(filter -> readsAsGet.decideWith(filter.getAuthorizationManager()));
        return chain;
    }

    private static boolean apiWithoutSession(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                && (request.getHeader(HttpHeaders.AUTHORIZATION) != null || request.getSession(false) == null);
    }

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        // Before the security chain, so that refusals carry the id too.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Roles from the configured claim (as ROLE_…), the actor's name from the configured name claim. */
    static JwtAuthenticationConverter tokenConverter(LedgerSecurityProperties.Jwt jwt) {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(jwt.rolesClaim());
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        converter.setPrincipalClaimName(jwt.nameClaim());
        return converter;
    }
}
