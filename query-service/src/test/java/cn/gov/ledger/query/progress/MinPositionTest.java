package cn.gov.ledger.query.progress;

import static cn.gov.ledger.query.support.Postings.appropriation;
import static cn.gov.ledger.query.support.Postings.basicLine;
import static cn.gov.ledger.query.support.Postings.expenditure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.api.organisation.DepartmentRegistered;
import cn.gov.ledger.query.projection.Projection;
import cn.gov.ledger.query.support.LedgerEvents;
import cn.gov.ledger.query.support.QueryServiceIntegrationTest;
import cn.gov.ledger.query.support.Users;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/** Read-your-writes: minPosition waits (bounded) until every segment has processed the position. */
class MinPositionTest extends QueryServiceIntegrationTest {

    private static final String DEPT = "minpos";
    private static final long WAN = 1_000_000;

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void aTableAskedWithMinPositionWaitsUntilThePostingIsProjected() throws Exception {
        LedgerEvents events = events();
        Classification line = basicLine(DEPT, "u1", 2024, "2080505");
        events.append(DEPT, new DepartmentRegistered(DEPT, "读己之写测试中心"));
        awaitProjected(events.append(line.budgetLineId(), appropriation("mp-a", line, 10 * WAN, LocalDate.of(2024, 1, 2))));
        StreamingEventProcessor processor = processing.eventProcessor(Projection.PROCESSING_GROUP,
                StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        long position = events.append(line.budgetLineId(), expenditure("mp-e", line, "30108", 3 * WAN,
                LocalDate.of(2024, 2, 2)));
        CompletableFuture<MockHttpServletResponse> answer = CompletableFuture.supplyAsync(() -> request(position));
        Thread.sleep(300);
        assertThat(answer).as("no answer while the posting is not projected").isNotDone();
        processor.start();

        MockHttpServletResponse response = answer.get(20, TimeUnit.SECONDS);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        JsonNode table = new ObjectMapper().readTree(response.getContentAsByteArray());
        assertThat(table.get("position").asLong()).isGreaterThanOrEqualTo(position);
        assertThat(table.get("rows").get(0).get("cells").get("basic").asText()).isEqualTo("3.00");
    }

    @Test
    void aPositionTheProjectionDoesNotReachInTimeIsAnswered503() throws Exception {
        long unreachable = events().head() + 1_000;
        MockHttpServletResponse response = mvc.perform(get("/api/v1/departments/tt/years/2024/tables/01")
                .param("minPosition", String.valueOf(unreachable)).with(Users.as("clerk"))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getHeader("Retry-After")).isNotBlank();
        assertThat(response.getContentAsString()).contains("\"status\":503", String.valueOf(unreachable));
    }

    private MockHttpServletResponse request(long minPosition) {
        try {
            return mvc.perform(get("/api/v1/departments/" + DEPT + "/years/2024/tables/03")
                    .param("minPosition", String.valueOf(minPosition)).with(Users.as("clerk"))).andReturn().getResponse();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
