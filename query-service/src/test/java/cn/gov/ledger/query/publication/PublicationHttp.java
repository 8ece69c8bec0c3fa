package cn.gov.ledger.query.publication;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.ledger.query.progress.ProjectionProgress;
import cn.gov.ledger.query.support.Users;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Publishes and reads publications in tests over MockMvc, requiring the status each call expects. */
final class PublicationHttp {

    static final ObjectMapper JSON = new ObjectMapper();

    private final MockMvc mvc;

    PublicationHttp(MockMvc mvc) {
        this.mvc = mvc;
    }

    static String publications(String department) {
        return "/api/v1/departments/" + department + "/years/2024/publications";
    }

    /** POSTs a publication signed in as {@code user} (anonymous when null) with an optional JSON body. */
    JsonNode publish(String department, String body, String user, int status) throws Exception {
        MockHttpServletRequestBuilder request = post(publications(department));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        if (user != null) {
            request.with(Users.as(user));
        }
        return JSON.readTree(expect(mvc.perform(request).andReturn().getResponse(), status).getContentAsByteArray());
    }

    JsonNode json(String uri, int status) throws Exception {
        return JSON.readTree(raw(uri, status).getContentAsByteArray());
    }

    /** A GET signed in as {@code user}: the restatements are for auditors and publishers only. */
    JsonNode jsonAs(String user, String uri, int status) throws Exception {
        return JSON.readTree(expect(mvc.perform(get(uri).with(Users.as(user))).andReturn().getResponse(), status)
                .getContentAsByteArray());
    }

    MockHttpServletResponse raw(String uri, int status) throws Exception {
        return expect(mvc.perform(get(uri)).andReturn().getResponse(), status);
    }

    private static MockHttpServletResponse expect(MockHttpServletResponse response, int status) throws Exception {
        if (response.getStatus() != status) {
            throw new AssertionError("expected " + status + " but got " + response.getStatus() + ": "
                    + response.getContentAsString(StandardCharsets.UTF_8));
        }
        return response;
    }

    /** Waits until nothing at or below {@code position} can change any more: the point a publication freezes. */
    static void awaitSettled(ProjectionProgress progress, long position) throws InterruptedException {
        // an index another test's append still in flight may fill holds the settled position back until it ends
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (progress.current().settled() < position) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the settled position did not reach " + position + ": " + progress.current());
            }
            Thread.sleep(20);
        }
    }
}
