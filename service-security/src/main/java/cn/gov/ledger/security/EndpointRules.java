package cn.gov.ledger.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's own access rules, one bean per service. They are applied after the rules every service shares
 * (health, login, API documentation, static assets, actuator for ADMIN) and before the last one: whatever is
 * not named needs some authenticated user.
 */
@FunctionalInterface
public interface EndpointRules {

    void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);
}
