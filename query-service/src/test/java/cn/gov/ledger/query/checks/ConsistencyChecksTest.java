package cn.gov.ledger.query.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.ledger.query.support.QueryServiceIntegrationTest;
import cn.gov.ledger.query.support.Users;
import cn.gov.ledger.query.support.WuchangDataset;
import cn.gov.ledger.query.web.Csv;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The identities of domain.md hold on ledger tables and catch the misprint in the published 公开05表. */
class ConsistencyChecksTest extends QueryServiceIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> MISPRINTED = Set.of("05/201/basic", "05/20103/basic");

    private JsonNode published;

    @BeforeAll
    void loadTheYear() throws Exception {
        awaitProjected(WuchangDataset.load(events()));
        published = JSON.readTree(WuchangDataset.DIRECTORY.resolve("published-2024.json").toFile());
    }

    @Test
    void everyIdentityHoldsOnTheTablesTheLedgerServes() throws Exception {
        JsonNode report = call(get("/api/v1/departments/" + WuchangDataset.DEPARTMENT + "/years/2024/checks"), 200);
        assertThat(report.get("failures")).isEmpty();
        assertThat(report.get("passed").asBoolean()).isTrue();
        assertThat(report.get("skipped")).isEmpty();
        assertThat(report.get("evaluated").asInt()).isGreaterThan(300);
        assertThat(identities(report.get("checks"))).contains("01-02", "01-03", "01.totals", "03.row", "04-05",
                "05-06", "06.totals", "05.rollup", "09-ledger");
    }

    @Test
    void publishedTable05AsPrintedFailsAndNamesTheMisprintedCells() throws Exception {
        ObjectNode upload = JSON.createObjectNode();
        upload.putObject("tables").set("05", published.get("tables").get("05"));
        JsonNode report = call(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsBytes(upload)), 200);
        assertThat(report.get("passed").asBoolean()).isFalse();
        assertThat(identities(report.get("failures"))).contains("05.row", "05.rollup");
        assertThat(failingNames(report)).contains("05 201 小计 = 基本支出 + 项目支出", "05 201 basic = Σ 款");
        for (JsonNode failure : report.get("failures")) {
            assertThat(cells(failure)).as(failure.get("name").asText()).containsAnyElementsOf(MISPRINTED);
        }
        assertThat(report.get("skipped").toString()).contains("05-06");
    }

    @Test
    void theWholePublishedReportFailsOnlyWhereItIsMisprintedAndPassesOnceCorrected() throws Exception {
        JsonNode asPrinted = call(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsBytes(published)), 200);
        assertThat(asPrinted.get("failed").asInt()).isPositive();
        for (JsonNode failure : asPrinted.get("failures")) {
            assertThat(cells(failure)).as(failure.get("name").asText()).containsAnyElementsOf(MISPRINTED);
        }
        JsonNode corrected = published.deepCopy();
        for (JsonNode row : corrected.get("tables").get("05")) {
            if (row.get("key").asText().matches("201|20103")) {
                ((ObjectNode) row.get("cells")).put("basic", "1309.89");
            }
        }
        JsonNode report = call(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsBytes(corrected)), 200);
        assertThat(report.get("failures")).isEmpty();
        assertThat(identities(report.get("checks"))).contains("05-06", "04-05", "01-02");
    }

    @Test
    void aPublishedTableUploadedAsCsvIsCheckedTheSameWay() throws Exception {
        StringBuilder csv = new StringBuilder("key,code,name,total,basic,project\r\n");
        for (JsonNode row : published.get("tables").get("05")) {
            JsonNode cells = row.get("cells");
            csv.append(Csv.line(List.of(row.get("key").asText(), row.path("code").asText(""), row.get("name").asText(),
                    cells.get("total").asText(), cells.get("basic").asText(), cells.get("project").asText()))).append("\r\n");
        }
        JsonNode report = call(post("/api/v1/checks").param("table", "05").contentType("text/csv")
                .content(csv.toString().getBytes(StandardCharsets.UTF_8)), 200);
        assertThat(report.get("passed").asBoolean()).isFalse();
        assertThat(failingNames(report)).contains("05 201 小计 = 基本支出 + 项目支出");
        JsonNode problem = call(post("/api/v1/checks").contentType("text/csv").content(csv.toString()), 422);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("table");
    }

    private JsonNode call(MockHttpServletRequestBuilder request, int status) throws Exception {
        MvcResult result = mvc.perform(request.with(Users.as("clerk"))).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
        return JSON.readTree(result.getResponse().getContentAsByteArray());
    }

    private static List<String> identities(JsonNode results) {
        List<String> identities = new ArrayList<>();
        results.forEach(result -> identities.add(result.get("identity").asText()));
        return identities;
    }

    private static List<String> failingNames(JsonNode report) {
        List<String> names = new ArrayList<>();
        report.get("failures").forEach(result -> names.add(result.get("name").asText()));
        return names;
    }

    private static List<String> cells(JsonNode result) {
        List<String> cells = new ArrayList<>(List.of(result.get("left").get("cell").asText()));
        result.get("right").forEach(term -> cells.add(term.get("cell").asText()));
        return cells;
    }
}
