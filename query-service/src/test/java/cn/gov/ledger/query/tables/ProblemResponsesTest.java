package cn.gov.ledger.query.tables;

import static cn.gov.ledger.query.support.Postings.appropriation;
import static cn.gov.ledger.query.support.Postings.basicLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.api.organisation.DepartmentRegistered;
import cn.gov.ledger.query.support.LedgerEvents;
import cn.gov.ledger.query.support.QueryServiceIntegrationTest;
import cn.gov.ledger.query.support.Users;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** Unknown things are 404, invalid parameters 422 with every field named, all as problem+json. */
class ProblemResponsesTest extends QueryServiceIntegrationTest {

    private static final String DEPT = "prob";

    @BeforeAll
    void postOneYear() {
        LedgerEvents events = events();
        Classification line = basicLine(DEPT, "prob-1", 2024, "2010301");
        events.append(DEPT, new DepartmentRegistered(DEPT, "问题测试中心"));
        awaitProjected(events.append(line.budgetLineId(), appropriation("p-a", line, 1_000_000, LocalDate.of(2024, 1, 2))));
    }

    @Test
    void anUnknownDepartmentYearUnitOrTableIsNotFound() throws Exception {
        for (String path : List.of("/departments/nobody/years/2024/tables/01", "/departments/" + DEPT + "/years/2019/tables/01",
                "/departments/" + DEPT + "/years/2024/tables/10", "/departments/" + DEPT + "/years/2024/tables/01?unit=ghost",
                "/departments/nobody/years/2024/checks")) {
            JsonNode problem = problem("/api/v1" + path, 404);
            assertThat(problem.get("title").asText()).isEqualTo("未找到 Not found");
            assertThat(problem.get("detail").asText()).isNotBlank();
        }
    }

    @Test
    void badParametersAreAllReportedByField() throws Exception {
        JsonNode problem = problem("/api/v1/departments/" + DEPT + "/years/2024/tables/03?asOf=2024-13-45"
                + "&knownAt=yesterday&position=-1&minPosition=x&format=pdf", 422);
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("format", "asOf", "knownAt", "position", "minPosition");
        assertThat(problem("/api/v1/departments/" + DEPT + "/years/abc/tables/03", 422)
                .get("errors").get(0).get("field").asText()).isEqualTo("year");
    }

    private JsonNode problem(String uri, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(uri).with(Users.as("auditor"))).andReturn().getResponse();
        assertThat(response.getStatus()).as(uri + " " + response.getContentAsString()).isEqualTo(status);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        JsonNode problem = new ObjectMapper().readTree(response.getContentAsByteArray());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asText()).isNotBlank();
        return problem;
    }
}
