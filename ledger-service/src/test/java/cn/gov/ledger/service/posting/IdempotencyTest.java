package cn.gov.ledger.service.posting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.service.LedgerClient.Answer;
import cn.gov.ledger.service.LedgerIntegrationTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

class IdempotencyTest extends LedgerIntegrationTest {

    @LocalServerPort
    int serverPort;

    private Map<String, Object> payment(String amount) {
        Map<String, Object> fields = basicLine("economicCode", "30201", "amount", amount,
                "businessDate", "2024-04-01", "voucherNo", "记-2024-04-0007");
        return fields;
    }

    @Test
    void sameKeyAndBodyReturnsTheFirstAnswerAndPostsNothingNew() {
        appropriate("1000.00");
        Answer first = client.post("/api/v1/expenditures", payment("100.00"), "Idempotency-Key", "k-" + department);
        Answer second = client.post("/api/v1/expenditures", payment("100.00"), "Idempotency-Key", "k-" + department);
        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(lineSpent()).isEqualTo("100.00");
    }

    @Test
    void sameKeyWithAnotherBodyIsAConflictAndChangesNothing() {
        appropriate("1000.00");
        client.post("/api/v1/expenditures", payment("100.00"), "Idempotency-Key", "k-" + department);
        Answer clash = client.post("/api/v1/expenditures", payment("200.00"), "Idempotency-Key", "k-" + department);
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.body().path("type").asText()).isEqualTo("/problems/idempotency-key-reused");
        assertThat(lineSpent()).isEqualTo("100.00");
    }

    @Test
    void aRefusedRequestDoesNotConsumeItsKey() {
        Answer refused = client.post("/api/v1/expenditures", payment("100.00"), "Idempotency-Key", "r-" + department);
        assertThat(refused.status()).isEqualTo(409);
        appropriate("1000.00");
        Answer retried = client.post("/api/v1/expenditures", payment("100.00"), "Idempotency-Key", "r-" + department);
        assertThat(retried.status()).isEqualTo(201);
    }

    @Test
    void theSameKeyFromTwoUsersIsTwoRequests() {
        appropriate("1000.00");
        Answer clerks = client.as("clerk").post("/api/v1/expenditures", payment("100.00"), "Idempotency-Key",
                "shared-" + department);
        Answer admins = client.post("/api/v1/expenditures", payment("100.00"), "Idempotency-Key", "shared-" + department);
        assertThat(clerks.status()).isEqualTo(201);
        assertThat(admins.status()).isEqualTo(201);
        assertThat(admins.body().path("entryId").asText()).isNotEqualTo(clerks.body().path("entryId").asText());
        assertThat(lineSpent()).isEqualTo("200.00");
        Answer clerksAgain = client.as("clerk").post("/api/v1/expenditures", payment("100.00"), "Idempotency-Key",
                "shared-" + department);
        assertThat(clerksAgain.body()).isEqualTo(clerks.body());
        assertThat(lineSpent()).isEqualTo("200.00");
    }

    @Test
    void aKeyThatIsTooLongOrNotAsciiIs400AndPostsNothing() throws Exception {
        appropriate("1000.00");
        for (String key : new String[] {"k".repeat(201), "k".repeat(7_000)}) {
            Answer refused = client.post("/api/v1/expenditures", payment("100.00"), "Idempotency-Key", key);
            assertThat(refused.status()).as("%.10s", key).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body().path("errors").get(0).path("field").asText()).isEqualTo("Idempotency-Key");
        }
        assertThat(postWithUtf8Key("键-" + department)).startsWith("HTTP/1.1 400");
        assertThat(client.post("/api/v1/expenditures", payment("100.00"), "Idempotency-Key", "k".repeat(200))
                .status()).isEqualTo(201);
        assertThat(lineSpent()).isEqualTo("100.00");
    }

    /** HTTP clients send headers as ASCII; a browser or script may send UTF-8 bytes as they are. */
    private String postWithUtf8Key(String key) throws Exception {
        byte[] body = new ObjectMapper().writeValueAsBytes(payment("100.00"));
        String head = "POST /api/v1/expenditures HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic "
                + Base64.getEncoder().encodeToString("admin:admin-dev".getBytes(StandardCharsets.UTF_8))
                + "\r\nContent-Type: application/json\r\nIdempotency-Key: " + key + "\r\nContent-Length: "
                + body.length + "\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket("127.0.0.1", serverPort)) {
            socket.getOutputStream().write(head.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().write(body);
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String lineSpent() {
        return client.get("/api/v1/budget/lines?department=" + department + "&unit=" + unit + "&fiscalYear=2024")
                .body().get(0).path("spent").asText();
    }
}
