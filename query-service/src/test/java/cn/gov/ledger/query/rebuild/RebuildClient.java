package cn.gov.ledger.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.query.support.Users;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.function.Predicate;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The admin rebuild API as a client uses it. */
final class RebuildClient {

    static final String PATH = "/api/v1/admin/rebuilds";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MockMvc mvc;

    RebuildClient(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** POST a new rebuild; {@code body} may be null (no body at all). */
    MockHttpServletResponse start(String body) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(PATH);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request.with(Users.as("admin"))).andReturn().getResponse();
    }

    /** Starts a rebuild, which must be accepted, and returns it. */
    JsonNode started(String body) throws Exception {
        MockHttpServletResponse response = start(body);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(202);
        JsonNode rebuild = JSON.readTree(response.getContentAsByteArray());
        assertThat(response.getHeader("Location")).isEqualTo(PATH + "/" + rebuild.get("id").asLong());
        return rebuild;
    }

    MockHttpServletResponse post(String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(PATH + path).with(Users.as("admin"))).andReturn()
                .getResponse();
    }

    JsonNode get(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(PATH + path).with(Users.as("admin")))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return JSON.readTree(response.getContentAsByteArray());
    }

    /** The state of the current rebuild, NONE before the first. */
    String currentState() {
        try {
            MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(PATH + "/current")
                    .with(Users.as("admin"))).andReturn()
                    .getResponse();
            return response.getStatus() == 404 ? "NONE" : JSON.readTree(response.getContentAsByteArray())
                    .get("state").asText();
        } catch (Exception e) {
            return "UNKNOWN: " + e;
        }
    }

    /** Polls the rebuild until the condition holds; fails once it has ended otherwise, or after a minute. */
    JsonNode await(long id, Predicate<JsonNode> condition) throws Exception {
        return await(id, condition, Duration.ofSeconds(60));
    }

    JsonNode await(long id, Predicate<JsonNode> condition, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        JsonNode rebuild = get("/" + id);
        while (!condition.test(rebuild)) {
            assertThat(rebuild.get("state").asText()).as("rebuild ended otherwise: %s", rebuild).isEqualTo("RUNNING");
            assertThat(System.nanoTime()).as("rebuild still at %s", rebuild).isLessThan(deadline);
            Thread.sleep(patience.toSeconds() > 60 ? 250 : 20);
            rebuild = get("/" + id);
        }
        return rebuild;
    }

    static Predicate<JsonNode> state(String state) {
        return rebuild -> rebuild.get("state").asText().equals(state);
    }

    static Predicate<JsonNode> phase(String phase) {
        return rebuild -> rebuild.get("phase").asText().equals(phase);
    }
}
