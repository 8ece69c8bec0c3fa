package cn.gov.ledger.security;

import static cn.gov.ledger.security.Calls.basic;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A body is one JSON value with each key once; amounts are strings. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StrictJsonTest {

    @LocalServerPort
    int port;

    @Test
    void aQuotedAmountIsTaken() {
        RawHttp.Answer answer = post("{\"amount\":\"12.50\",\"memo\":\"纸\"}");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("amount").asText()).isEqualTo("12.50");
    }

    @Test
    void garbageAfterTheJsonValueIs400() {
        RawHttp.Answer answer = post("{\"amount\":\"12.50\"} {\"amount\":\"99.00\"}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("type").asText()).isEqualTo("/problems/malformed");
        assertThat(post("{\"amount\":\"12.50\"}x").status()).isEqualTo(400);
    }

    @Test
    void aKeyGivenTwiceIs400() {
        RawHttp.Answer answer = post("{\"amount\":\"12.50\",\"amount\":\"99999.00\"}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("errors").get(0).path("message").asText()).contains("amount");
    }

    @Test
    void anAmountAsAJsonNumberIs422SayingToQuoteIt() {
        RawHttp.Answer answer = post("{\"amount\":12000.5,\"memo\":\"纸\"}");
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().path("type").asText()).isEqualTo("/problems/invalid");
        assertThat(answer.json().path("errors").get(0).path("field").asText()).isEqualTo("amount");
        assertThat(answer.json().path("errors").get(0).path("message").asText()).contains("quote the amount");
    }

    private RawHttp.Answer post(String json) {
        byte[] body = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return new RawHttp(port).sendBody("POST", "/api/amounts", body, "Authorization: " + basic("clerk", "clerk-dev"),
                "Content-Type: application/json");
    }
}
