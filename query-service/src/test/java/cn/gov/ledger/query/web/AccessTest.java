package cn.gov.ledger.query.web;

import static cn.gov.ledger.query.support.Postings.appropriation;
import static cn.gov.ledger.query.support.Postings.basicLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.api.organisation.DepartmentRegistered;
import cn.gov.ledger.query.support.QueryServiceIntegrationTest;
import cn.gov.ledger.query.support.Users;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Each read-side rule with a role it lets through and one it refuses, with real Basic headers. */
class AccessTest extends QueryServiceIntegrationTest {

    private static final String DEPT = "acc";
    private static final String YEAR = "/api/v1/departments/" + DEPT + "/years/2024";
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    void postOneYear() {
        Classification line = basicLine(DEPT, "acc-1", 2024, "2010301");
        events().append(DEPT, new DepartmentRegistered(DEPT, "权限测试中心"));
        awaitProjected(events().append(line.budgetLineId(), appropriation("acc-a", line, 1_000_000,
                LocalDate.of(2024, 1, 2))));
    }

    @Test
    void liveTablesAreForAnySignedInUserAndEarlierKnowledgeForAuditors() throws Exception {
        assertThat(status(get(YEAR + "/tables/05"), null)).isEqualTo(401);
        assertThat(status(get(YEAR + "/tables/05?asOf=2024-06-30"), "clerk")).isEqualTo(200);
        assertThat(status(get(YEAR + "/report?asOf=2024-06-30"), "publisher")).isEqualTo(200);
        assertForbidden(get(YEAR + "/tables/05?knownAt=2024-06-30T00:00:00Z"), "clerk");
        assertForbidden(get(YEAR + "/tables/05?position=1"), "officer");
        assertForbidden(get(YEAR + "/report?knownAt=2024-06-30T00:00:00Z"), "publisher");
        assertForbidden(get(YEAR + "/checks?position=1"), "clerk");
        assertThat(status(get(YEAR + "/tables/05?position=1"), "auditor")).isEqualTo(200);
        assertThat(status(get(YEAR + "/tables/05?minPosition=1"), "clerk")).isEqualTo(200);
    }

    @Test
    void theAuditTrailAndDrillDownsAreTheAuditors() throws Exception {
        assertForbidden(get("/api/v1/audit/events"), "clerk");
        assertForbidden(get(YEAR + "/tables/05/cells/total/total"), "publisher");
        assertThat(status(get("/api/v1/audit/events?department=" + DEPT), "auditor")).isEqualTo(200);
        assertThat(status(get(YEAR + "/tables/05/cells/total/total"), "auditor")).isEqualTo(200);
    }

    @Test
    void headAndOptionsAreRefusedWhereGetIs() throws Exception {
        for (String path : new String[] {"/api/v1/audit/verify", YEAR + "/tables/05/cells/total/total",
                YEAR + "/tables/05?position=1", YEAR + "/tables/05?knownAt=2024-06-30T00:00:00Z",
                YEAR + "/report?knownAt=2024-06-30T00:00:00Z"}) {
            assertForbidden(head(path), "clerk");
            assertForbidden(options(path), "clerk");
        }
        assertThat(status(head(YEAR + "/tables/05/cells/total/total"), "auditor")).isEqualTo(200);
        assertThat(status(head(YEAR + "/tables/05"), "clerk")).isEqualTo(200);
        assertThat(status(head("/api/v1/audit/verify"), null)).isEqualTo(401);
    }

    @Test
    void writesBelongToTheirRoles() throws Exception {
        // A request builder keeps what was added to it: each call gets a fresh one.
        Supplier<MockHttpServletRequestBuilder> annotation = () -> post("/api/v1/annotations")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"department\":\"" + DEPT + "\",\"fiscalYear\":2024,\"target\":{\"kind\":\"BUDGET_LINE\","
                        + "\"functionalCode\":\"2010301\"},\"text\":\"说明\"}");
        assertThat(status(annotation.get(), null)).isEqualTo(401);
        assertForbidden(annotation.get(), "publisher");
        assertThat(status(annotation.get(), "officer")).isEqualTo(201);
        assertForbidden(post("/api/v1/admin/rebuilds"), "auditor");
        assertForbidden(post(YEAR + "/publications"), "officer");
        assertThat(status(post("/api/v1/checks").contentType("text/csv").content("x"), "clerk")).isEqualTo(422);
    }

    @Test
    void publishedContentIsPublicButItsRestatementsAreNot() throws Exception {
        assertThat(status(get(YEAR + "/publications"), null)).isNotIn(401, 403);
        assertThat(status(get(YEAR + "/publications/1/tables/05"), null)).isNotIn(401, 403);
        assertThat(status(get(YEAR + "/publications/1/restatements"), null)).isEqualTo(401);
        assertForbidden(get(YEAR + "/publications/1/restatements"), "clerk");
        assertThat(status(get(YEAR + "/publications/1/restatements"), "publisher")).isNotIn(401, 403);
    }

    @Test
    void theApiDocumentIsPublicAndHasTheContractsTablePath() throws Exception {
        MockHttpServletResponse docs = mvc.perform(get("/v3/api-docs")).andReturn().getResponse();
        assertThat(docs.getStatus()).isEqualTo(200);
        JsonNode api = JSON.readTree(docs.getContentAsByteArray());
        JsonNode table = api.path("paths").path("/api/v1/departments/{department}/years/{year}/tables/{table}");
        assertThat(table.path("get").path("responses").path("200").path("content").path("application/json")
                .toString()).contains("rows", "4368.79", "currencyUnit");
        assertThat(api.path("paths").has("/api/v1/annotations")).isTrue();
        assertThat(api.path("components").path("securitySchemes").has("basic")).isTrue();
    }

    private int status(MockHttpServletRequestBuilder request, String user) throws Exception {
        return (user == null ? mvc.perform(request) : mvc.perform(request.with(Users.as(user))))
                .andReturn().getResponse().getStatus();
    }

    private void assertForbidden(MockHttpServletRequestBuilder request, String user) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(Users.as(user)).header("X-Request-Id", "q-403"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(403);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.getContentAsByteArray());
        assertThat(problem.path("type").asText()).isEqualTo("/problems/forbidden");
        assertThat(problem.path("requestId").asText()).isEqualTo("q-403");
        assertThat(response.getHeader("X-Request-Id")).isEqualTo("q-403");
    }
}
