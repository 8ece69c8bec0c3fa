package cn.gov.ledger.security;

import cn.gov.ledger.security.LedgerSecurityProperties.Mode;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The head of each service's OpenAPI document (/v3/api-docs, Swagger UI at /swagger-ui.html): its name and
 * the way to sign in that the service accepts, HTTP Basic in users mode or a bearer JWT in jwt mode.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDocument {

    static final String BASIC = "basic";
    static final String BEARER = "bearer";

    @Bean
    OpenAPI ledgerOpenApi(LedgerSecurityProperties properties, @Value("${spring.application.name:ledger}") String name) {
        boolean jwt = properties.mode() == Mode.JWT;
        SecurityScheme scheme = jwt
                ? new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme(BEARER).bearerFormat("JWT")
                        .description("a token of the office's identity provider; roles in the claim '"
                                + properties.jwt().rolesClaim() + "'")
                : new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme(BASIC)
                        .description("a user of ledger.security.users (development users: see the README)");
        return new OpenAPI()
                .info(new Info().title(name).version("v1").description("Roles: CLERK (income, expenditures,"
                        + " reversals, imports), BUDGET_OFFICER (appropriations, adjustments, year close,"
                        + " annotations), AUDITOR (audit trail, knownAt/position), PUBLISHER (publications),"
                        + " ADMIN (registration, catalogues, rebuilds). Published content is public. Errors are"
                        + " application/problem+json with the request's X-Request-Id as requestId."))
                .components(new Components().addSecuritySchemes(jwt ? BEARER : BASIC, scheme))
                .addSecurityItem(new SecurityRequirement().addList(jwt ? BEARER : BASIC));
    }
}
