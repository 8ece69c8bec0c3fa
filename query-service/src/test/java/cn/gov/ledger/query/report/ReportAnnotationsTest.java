package cn.gov.ledger.query.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.ledger.query.support.QueryServiceIntegrationTest;
import cn.gov.ledger.query.support.Users;
import cn.gov.ledger.query.support.WuchangDataset;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

/** Explanations written by people, stored as annotations and printed in place in the report. */
class ReportAnnotationsTest extends QueryServiceIntegrationTest {

    private static final String DEPT = WuchangDataset.DEPARTMENT;
    private static final String REPORT = "/api/v1/departments/" + DEPT + "/years/2024/report";
    private static final String ADMINISTRATION = "行政运行（项）。年初预算为17.52万元，支出决算为14.05万元，完成年初预算的80.2%，"
            + "支出决算数小于年初预算数的主要原因：";
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    void loadTheYear() throws Exception {
        awaitProjected(WuchangDataset.load(events()));
    }

    @Test
    void anAnnotationOnABudgetLineIsPrintedInSectionFiveAndANewerOneSupersedesIt() throws Exception {
        JsonNode first = annotate("officer", line("2010301", "单位人员病休，按政策扣减相关工资待遇"), 201);
        assertThat(first.get("author").asText()).isEqualTo("officer");
        assertThat(first.get("createdAt").asText()).isNotBlank();
        String section5 = section(Fetched.html(mvc, REPORT), "五、");
        assertThat(section5).contains(ADMINISTRATION + "单位人员病休，按政策扣减相关工资待遇。");

        JsonNode second = annotate("admin", line("2010301", "单位一人长期病休，按政策扣减工资待遇。"), 201);
        assertThat(Fetched.html(mvc, REPORT)).contains(ADMINISTRATION + "单位一人长期病休，按政策扣减工资待遇。")
                .doesNotContain("单位人员病休，按政策扣减相关工资待遇");
        String asFirstWritten = REPORT + "?knownAt=" + first.get("createdAt").asText();
        assertThat(Fetched.html(mvc, asFirstWritten)).contains(ADMINISTRATION + "单位人员病休，按政策扣减相关工资待遇。");

        JsonNode history = read(mvc.perform(get("/api/v1/annotations?department=" + DEPT + "&year=2024&history=true")
                .with(Users.as("clerk")))
                .andReturn().getResponse(), 200);
        assertThat(history.get("annotations").findValues("supersededBy")).anySatisfy(id ->
                assertThat(id.asLong()).isEqualTo(second.get("id").asLong()));
        JsonNode current = read(mvc.perform(get("/api/v1/annotations?department=" + DEPT + "&year=2024")
                .with(Users.as("clerk")))
                .andReturn().getResponse(), 200);
        assertThat(current.get("annotations").findValues("id")).noneSatisfy(id ->
                assertThat(id.asLong()).isEqualTo(first.get("id").asLong()));
        assertThat(read(mvc.perform(get("/api/v1/annotations/" + first.get("id").asLong())
                .with(Users.as("clerk"))).andReturn().getResponse(), 200)
                .get("supersededBy").asLong()).isEqualTo(second.get("id").asLong());
    }

    @Test
    void anAnnotationOnATableRowExplainsAClassOfSpending() throws Exception {
        annotate("officer", "{\"department\":\"" + DEPT + "\",\"fiscalYear\":2024,\"target\":{\"kind\":\"TABLE_ROW\","
                + "\"table\":\"05\",\"row\":\"221\"},\"text\":\"主要用于住房公积金、提租补贴和购房补贴\"}", 201);
        assertThat(Fetched.html(mvc, REPORT)).contains("住房保障支出类支出109.28万元，占2.5%。主要用于住房公积金、提租补贴和购房补贴。");
    }

    @Test
    void aPassageOnlyAPersonWritesIsPrintedUnderItsHeadingOrMarkedMissing() throws Exception {
        assertThat(Fetched.html(mvc, REPORT)).contains("（四）绩效自评结果应用情况").contains(Annotations.MISSING);
        annotate("officer", passage("13.4", "推动绩效评价结果与预算安排紧密挂钩"), 201);
        String html = Fetched.html(mvc, REPORT);
        assertThat(html.substring(html.indexOf("（四）绩效自评结果应用情况"))).contains("推动绩效评价结果与预算安排紧密挂钩。");
        JsonNode unknown = annotate("officer", passage("13.9", "x").replace("\"13.9\"", "\"13.9\",\"row\":\"201\""), 422);
        assertThat(unknown.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("target.section",
                "target.row");
    }

    @Test
    void annotationsAreNeverChangedInPlace() throws Exception {
        long id = annotate("officer", line("2101102", "2024年中心1人退休，1人调出，故相应支出减少"), 201).get("id").asLong();
        assertThatThrownBy(() -> jdbc.update("UPDATE query.annotation SET text = 'rewritten' WHERE annotation_id = ?", id))
                .hasMessageContaining("never changed");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM query.annotation WHERE annotation_id = ?", id))
                .hasMessageContaining("never changed");
    }

    @Test
    void anAnnotationNeedsABudgetOfficerAndAWellFormedTarget() throws Exception {
        JsonNode noAuthor = read(mvc.perform(post("/api/v1/annotations").contentType(MediaType.APPLICATION_JSON)
                .content(line("2010301", "x"))).andReturn().getResponse(), 401);
        assertThat(noAuthor.get("type").asText()).endsWith("/unauthenticated");
        assertThat(annotate("clerk", line("2010301", "x"), 403).get("type").asText()).endsWith("/forbidden");
        JsonNode badTarget = annotate("officer", "{\"department\":\"" + DEPT + "\",\"fiscalYear\":24,\"target\":{\"kind\":"
                + "\"BUDGET_LINE\",\"functionalCode\":\"201\",\"table\":\"05\"},\"text\":\" \"}", 422);
        assertThat(badTarget.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("fiscalYear", "text",
                "target.functionalCode", "target.table");
        assertThat(annotate("officer", line("2010301", "x").replace(DEPT, "nobody"), 422).get("errors")
                .findValuesAsText("field")).containsExactly("department");
    }

    private static String passage(String key, String text) {
        return "{\"department\":\"" + DEPT + "\",\"fiscalYear\":2024,\"target\":{\"kind\":\"REPORT_SECTION\","
                + "\"section\":\"" + key + "\"},\"text\":\"" + text + "\"}";
    }

    private static String line(String functionalCode, String text) {
        return "{\"department\":\"" + DEPT + "\",\"fiscalYear\":2024,\"target\":{\"kind\":\"BUDGET_LINE\","
                + "\"functionalCode\":\"" + functionalCode + "\"},\"text\":\"" + text + "\"}";
    }

    private JsonNode annotate(String user, String body, int status) throws Exception {
        return read(mvc.perform(post("/api/v1/annotations").with(Users.as(user))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse(), status);
    }

    private static JsonNode read(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(status);
        return JSON.readTree(response.getContentAsByteArray());
    }

    private static String section(String html, String heading) {
        int start = html.indexOf("<h3>" + heading);
        return html.substring(start, html.indexOf("</section>", start));
    }
}
