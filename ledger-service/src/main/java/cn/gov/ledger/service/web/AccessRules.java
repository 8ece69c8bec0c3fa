package cn.gov.ledger.service.web;

import static cn.gov.ledger.security.Roles.ADMIN;
import static cn.gov.ledger.security.Roles.BUDGET_OFFICER;
import static cn.gov.ledger.security.Roles.CLERK;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import cn.gov.ledger.security.EndpointRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may write what on the ledger. Every read needs some signed-in user (the rule after these); nothing here
 * is public. Procurement contracts are documents a clerk enters like vouchers; projects, performance
 * self-evaluations and year-end counts are the budget office's. An import may be posted by a clerk or a budget
 * officer; each of its rows then needs the role its single endpoint needs ({@code imports.RowRoles}), and so
 * does each entry of a batch.
 */
@Component
class AccessRules implements EndpointRules {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(POST, "/api/v1/departments", "/api/v1/departments/*/units",
                        "/api/v1/catalogues/**").hasRole(ADMIN)
                .requestMatchers(POST, "/api/v1/budget/appropriations", "/api/v1/budget/adjustments",
                        "/api/v1/departments/*/units/*/years/*/close").hasRole(BUDGET_OFFICER)
                .requestMatchers(POST, "/api/v1/income", "/api/v1/expenditures", "/api/v1/entries/*/reversals",
                        "/api/v1/procurement/**").hasRole(CLERK)
                .requestMatchers(POST, "/api/v1/imports", "/api/v1/entries/batch").hasAnyRole(CLERK, BUDGET_OFFICER)
                // The console's forms post through the same services as the API, under the same roles.
                .requestMatchers(POST, "/console/appropriations", "/console/adjustments").hasRole(BUDGET_OFFICER)
                .requestMatchers(POST, "/console/expenditures", "/console/income", "/console/entries/*/reversal")
                .hasRole(CLERK)
                .requestMatchers(POST, "/console/imports").hasAnyRole(CLERK, BUDGET_OFFICER)
                .requestMatchers(POST, "/api/v1/departments/*/projects", "/api/v1/departments/*/statistics",
                        "/api/v1/departments/*/years/*/performance/**").hasRole(BUDGET_OFFICER)
                // A write not named above is the administrator's until someone names it here.
                .requestMatchers(POST, "/api/**").hasRole(ADMIN)
                .requestMatchers(PUT, "/api/**").hasRole(ADMIN)
                .requestMatchers(PATCH, "/api/**").hasRole(ADMIN)
                .requestMatchers(DELETE, "/api/**").hasRole(ADMIN);
    }
}
