package cn.gov.ledger.security;

import static cn.gov.ledger.security.Calls.basic;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a hostile or careless client sends gets the same rules and the same problem+json as everyone else. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileRequestsTest {

    private static final String AUTH = "Authorization";

    @LocalServerPort
    int port;
    private RawHttp raw;

    @BeforeEach
    void client() {
        raw = new RawHttp(port);
    }

    @Test
    void headAndOptionsAreRefusedWhereGetIs() {
        String clerk = AUTH + ": " + basic("clerk", "clerk-dev");
        assertThat(raw.send("GET", "/api/things/budget", clerk).status()).isEqualTo(403);
        assertThat(raw.send("HEAD", "/api/things/budget", clerk).status()).isEqualTo(403);
        RawHttp.Answer options = raw.send("OPTIONS", "/api/things/budget", clerk);
        assertThat(options.status()).isEqualTo(403);
        assertThat(options.json().path("type").asText()).isEqualTo("/problems/forbidden");
        assertThat(raw.send("HEAD", "/api/things/budget").status()).isEqualTo(401);
        String officer = AUTH + ": " + basic("officer", "officer-dev");
        assertThat(raw.send("HEAD", "/api/things/budget", officer).status()).isEqualTo(200);
        assertThat(raw.send("OPTIONS", "/api/things/budget", officer).status()).isEqualTo(200);
        assertThat(raw.send("HEAD", "/api/open").status()).isEqualTo(200);
    }

    @Test
    void aCrossSitePostRidingOnTheConsoleSessionIsRefused() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/csrf")).build(),
                HttpResponse.BodyHandlers.ofString());
        String token = new ObjectMapper().readTree(page.body()).path("token").asText();
        String session = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/login")).header("Cookie", session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=officer&password=officer-dev&_csrf="
                        + token)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        String signedIn = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];

        RawHttp.Answer forged = raw.send("POST", "/api/things", "Cookie: " + signedIn,
                "Content-Type: text/plain", "Origin: https://evil.example", "Content-Length: 0");
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.json().path("detail").asText()).contains("CSRF");
        assertThat(raw.send("GET", "/api/things", "Cookie: " + signedIn).status()).isEqualTo(200);
        assertThat(raw.send("POST", "/api/things", AUTH + ": " + basic("officer", "officer-dev"),
                "Content-Length: 0").status()).isEqualTo(200);
    }

    @Test
    void pathsTheFirewallRejectsAreProblems() {
        for (String path : new String[] {"/api/%2e%2e/open", "/api/things/..;/open", "//api/open"}) {
            RawHttp.Answer answer = raw.send("GET", path);
            assertThat(answer.status()).as(path).isEqualTo(400);
            assertThat(answer.contentType()).as(path).startsWith("application/problem+json");
            assertThat(answer.json().path("type").asText()).as(path).isEqualTo("/problems/malformed");
            assertThat(answer.json().path("requestId").asText()).as(path).isNotBlank();
        }
    }

    @Test
    void whatTomcatRefusesItselfIsAProblemToo() {
        for (String path : new String[] {"/api/a%2Fb", "/api/a%00b"}) {
            RawHttp.Answer answer = raw.send("GET", path);
            assertThat(answer.status()).as(path).isEqualTo(400);
            assertThat(answer.contentType()).as(path).startsWith("application/problem+json");
            assertThat(answer.json().path("type").asText()).as(path).isEqualTo("/problems/malformed");
        }
        RawHttp.Answer oversized = raw.send("GET", "/api/open", "X-Padding: " + "x".repeat(9 * 1024));
        assertThat(oversized.status()).isEqualTo(400);
        assertThat(oversized.contentType()).startsWith("application/problem+json");
        assertThat(oversized.json().path("title").asText()).isEqualTo("请求格式错误 Malformed request");
    }

    @Test
    void frameworkRefusalsSpeakTheSharedVocabulary() {
        RawHttp.Answer answer = raw.send("DELETE", "/api/open", AUTH + ": " + basic("clerk", "clerk-dev"));
        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.json().path("type").asText()).isEqualTo("/problems/method-not-allowed");
        assertThat(answer.json().path("title").asText()).isEqualTo("不支持的请求方法 Method not allowed");
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
