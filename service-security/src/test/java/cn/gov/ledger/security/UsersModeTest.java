package cn.gov.ledger.security;

import static cn.gov.ledger.security.Calls.basic;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class UsersModeTest {

    private static final String AUTH = "Authorization";

    @LocalServerPort
    int port;
    private Calls calls;

    @BeforeEach
    void client() {
        calls = new Calls(port);
    }

    @Test
    void anAnonymousWriteIs401AsAProblemWithTheRequestId() {
        Calls.Answer answer = calls.post("/api/things");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.header("WWW-Authenticate")).startsWith("Basic realm=");
        assertThat(answer.body().path("type").asText()).isEqualTo("/problems/unauthenticated");
        assertThat(answer.body().path("status").asInt()).isEqualTo(401);
        assertThat(answer.body().path("requestId").asText()).isNotBlank().isEqualTo(answer.header("X-Request-Id"));
    }

    @Test
    void aSignInLeavesTheConfiguredPasswordAsItWasSoBasicStaysCheap(@Autowired UserDetailsService users) {
        assertThat(calls.get("/api/things", AUTH, basic("clerk", "clerk-dev")).status()).isEqualTo(200);
        assertThat(calls.get("/api/things", AUTH, basic("clerk", "clerk-dev")).status()).isEqualTo(200);
        assertThat(users.loadUserByUsername("clerk").getPassword()).isEqualTo("{noop}clerk-dev");
    }

    @Test
    void theWrongRoleIs403AsAProblemNamingTheUser() {
        Calls.Answer answer = calls.post("/api/things", AUTH, basic("clerk", "clerk-dev"));
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().path("type").asText()).isEqualTo("/problems/forbidden");
        assertThat(answer.body().path("detail").asText()).contains("clerk").contains("POST /api/things");
        assertThat(answer.body().path("requestId").asText()).isEqualTo(answer.header("X-Request-Id"));
    }

    @Test
    void theRightRoleWritesAndTheAuthenticatedNameIsTheActor() {
        assertThat(calls.post("/api/things", AUTH, basic("officer", "officer-dev")).body().path("actor").asText())
                .isEqualTo("officer");
        assertThat(calls.post("/api/things", AUTH, basic("admin", "admin-dev")).body().path("actor").asText())
                .isEqualTo("admin");
        assertThat(calls.get("/api/things", AUTH, basic("clerk", "clerk-dev")).body().path("reader").asText())
                .isEqualTo("clerk");
    }

    @Test
    void aWrongPasswordIs401() {
        Calls.Answer answer = calls.get("/api/things", AUTH, basic("officer", "clerk-dev"));
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void publicContentNeedsNoUserAndEverythingElseDoes() {
        assertThat(calls.get("/api/open").status()).isEqualTo(200);
        assertThat(calls.get("/actuator/health").status()).isEqualTo(200);
        assertThat(calls.get("/api/things").status()).isEqualTo(401);
        assertThat(calls.get("/actuator/metrics", AUTH, basic("clerk", "clerk-dev")).status()).isEqualTo(403);
        assertThat(calls.get("/actuator/metrics", AUTH, basic("admin", "admin-dev")).status()).isEqualTo(200);
    }

    @Test
    void aBrowserAskingForAPageIsSentToTheLoginForm() {
        Calls.Answer answer = calls.get("/console/", "Accept", "text/html,application/xhtml+xml");
        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.header("Location")).endsWith("/login");
    }

    @Test
    void theCallersRequestIdIsEchoedAndAForgedOneReplaced() {
        Calls.Answer given = calls.post("/api/things", "X-Request-Id", "teller-7.42");
        assertThat(given.header("X-Request-Id")).isEqualTo("teller-7.42");
        assertThat(given.body().path("requestId").asText()).isEqualTo("teller-7.42");
        Calls.Answer forged = calls.get("/api/open", "X-Request-Id", "x\" injected=\"y");
        assertThat(forged.header("X-Request-Id")).matches("[0-9a-f-]{36}");
    }

    @Test
    void aControllersProblemCarriesTheRequestIdToo() {
        Calls.Answer answer = calls.get("/api/things/missing", AUTH, basic("clerk", "clerk-dev"), "X-Request-Id",
                "missing-1");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().path("requestId").asText()).isEqualTo("missing-1");
    }

    @Test
    void aRefusalIsLoggedWithTheRequestIdAndTheActor(CapturedOutput output) {
        calls.post("/api/things", AUTH, basic("clerk", "clerk-dev"), "X-Request-Id", "logged-403");
        assertThat(output.getOut().lines().filter(line -> line.contains("refused POST /api/things")))
                .anySatisfy(line -> assertThat(line).contains("[logged-403] [clerk]"));
    }

    @Test
    void theApiDocumentIsPublicAndNamesBasicAuthentication() {
        Calls.Answer docs = calls.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().path("components").path("securitySchemes").path("basic").path("scheme").asText())
                .isEqualTo("basic");
        assertThat(docs.body().path("paths").has("/api/things")).isTrue();
    }
}
