package cn.gov.ledger.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.api.code.Money;
import cn.gov.ledger.query.support.Users;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** GETs the audit endpoints in tests and reads their JSON; waits for the chain job; adds up drilled entries. */
final class AuditHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MockMvc mvc;

    AuditHttp(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** GETs {@code path} and requires {@code status}; returns the body as JSON. */
    JsonNode get(String path, int status) throws Exception {
        MvcResult result = mvc.perform(MockMvcRequestBuilders.get(path).with(Users.as("auditor"))).andReturn();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        if (result.getResponse().getStatus() != status) {
            throw new AssertionError(path + " answered " + result.getResponse().getStatus() + ": " + body);
        }
        return JSON.readTree(body);
    }

    JsonNode get(String path) throws Exception {
        return get(path, 200);
    }

    MvcResult raw(String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(Users.as("auditor"))).andReturn();
    }

    static void awaitChained(JdbcTemplate jdbc, long position) throws InterruptedException {
        // The chain waits at a gap for the event store's gap timeout (60 s), as the projection does.
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (jdbc.queryForObject("SELECT position FROM query.event_chain_head", Long.class) < position) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the chain did not reach " + position);
            }
            Thread.sleep(50);
        }
    }

    /**
     * The signed sum of a drilled cell's (or a change's) entries, checking on the way that each entry's
     * contribution is its coefficient times its amount and that its yuan amount is its fen.
     */
    static long sumOfContributions(JsonNode cell) {
        long sum = 0;
        for (JsonNode entry : cell.get("entries")) {
            assertThat(entry.get("contributionFen").asLong())
                    .isEqualTo(entry.get("coefficient").asLong() * entry.get("amountFen").asLong());
            assertThat(Money.parseYuan(entry.get("amount").asText())).isEqualTo(entry.get("amountFen").asLong());
            sum += entry.get("contributionFen").asLong();
        }
        return sum;
    }

    static Map<String, JsonNode> entries(JsonNode cell) {
        Map<String, JsonNode> byId = new HashMap<>();
        cell.get("entries").forEach(entry -> byId.put(entry.get("entryId").asText(), entry));
        return byId;
    }
}
