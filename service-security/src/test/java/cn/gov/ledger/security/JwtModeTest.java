package cn.gov.ledger.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** ledger.security.mode=jwt: bearer tokens of an identity provider, roles and name from configured claims. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ledger.security.mode=jwt", "ledger.security.jwt.roles-claim=ledger_roles",
        "ledger.security.jwt.name-claim=preferred_username"})
class JwtModeTest {

    private static final KeyPair ISSUER = keys();

    @TestConfiguration
    static class Issuer {

        /** Stands for spring.security.oauth2.resourceserver.jwt.issuer-uri: the provider's public key. */
        @Bean
        JwtDecoder jwtDecoder() {
            return NimbusJwtDecoder.withPublicKey((RSAPublicKey) ISSUER.getPublic()).build();
        }
    }

    @LocalServerPort
    int port;
    private Calls calls;

    @BeforeEach
    void client() {
        calls = new Calls(port);
    }

    @Test
    void aTokenWithTheRoleWritesUnderTheNameItCarries() throws JOSEException {
        Calls.Answer answer = calls.post("/api/things", "Authorization", bearer("chen", "BUDGET_OFFICER"));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("actor").asText()).isEqualTo("chen");
    }

    @Test
    void aTokenWithoutTheRoleIs403AndNoTokenIs401() throws JOSEException {
        Calls.Answer refused = calls.post("/api/things", "Authorization", bearer("li", "CLERK"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        Calls.Answer anonymous = calls.post("/api/things");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(anonymous.body().path("requestId").asText()).isEqualTo(anonymous.header("X-Request-Id"));
    }

    @Test
    void aForgedTokenAndBasicAuthenticationAreRefused() throws Exception {
        KeyPair forger = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        Calls.Answer forged = calls.get("/api/things", "Authorization", bearer(forger, "chen", "ADMIN"));
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.contentType()).startsWith("application/problem+json");
        assertThat(calls.get("/api/things", "Authorization", Calls.basic("admin", "admin-dev")).status())
                .isEqualTo(401);
    }

    @Test
    void theApiDocumentNamesBearerAuthentication() {
        Calls.Answer docs = calls.get("/v3/api-docs");
        assertThat(docs.body().path("components").path("securitySchemes").path("bearer").path("bearerFormat")
                .asText()).isEqualTo("JWT");
        assertThat(docs.body().path("security").get(0).has("bearer")).isTrue();
    }

    private static String bearer(String name, String... roles) throws JOSEException {
        return bearer(ISSUER, name, roles);
    }

    private static String bearer(KeyPair signer, String name, String... roles) throws JOSEException {
        SignedJWT token = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), new JWTClaimsSet.Builder()
                .subject("uid-" + name).claim("preferred_username", name).claim("ledger_roles", List.of(roles))
                .expirationTime(Date.from(Instant.now().plusSeconds(300))).build());
        token.sign(new RSASSASigner(signer.getPrivate()));
        return "Bearer " + token.serialize();
    }

    private static KeyPair keys() {
        try {
            return KeyPairGenerator.getInstance("RSA").generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
