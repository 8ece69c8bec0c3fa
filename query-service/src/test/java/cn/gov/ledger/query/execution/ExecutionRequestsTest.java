package cn.gov.ledger.query.execution;

import static cn.gov.ledger.query.support.Postings.appropriation;
import static cn.gov.ledger.query.support.Postings.basicLine;
import static cn.gov.ledger.query.support.Postings.expenditure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.api.code.UnitType;
import cn.gov.ledger.api.organisation.DepartmentRegistered;
import cn.gov.ledger.api.organisation.UnitRegistered;
import cn.gov.ledger.query.support.LedgerEvents;
import cn.gov.ledger.query.support.QueryServiceIntegrationTest;
import cn.gov.ledger.query.support.Users;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** Who may ask, what a bad request is told, and the four formats of one small year. */
class ExecutionRequestsTest extends QueryServiceIntegrationTest {

    private static final String DEPT = "exrq";
    private static final String URL = "/api/v1/departments/" + DEPT + "/years/2024/execution";
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    void post() {
        LedgerEvents events = events();
        Classification line = basicLine(DEPT, "exrq-1", 2024, "2010301");
        events.append(DEPT, new DepartmentRegistered(DEPT, "请求测试中心"));
        events.append(DEPT, new UnitRegistered(DEPT, "exrq-1", "本级", UnitType.PUBLIC_INSTITUTION));
        events.append(line.budgetLineId(), appropriation("q-a1", line, 12_345_678_900L, LocalDate.of(2024, 1, 2)));
        events.append(line.budgetLineId(), expenditure("q-e1", line, "30201", 1_000_000_00L, LocalDate.of(2024, 6, 1)));
        awaitProjected(events.head());
    }

    @Test
    void theOfficerAndTheAuditorMayReadItOthersMayNotAndKnownAtIsTheAuditors() throws Exception {
        assertThat(status(URL + "?asOf=2024-06-30", "officer")).isEqualTo(200);
        assertThat(status(URL + "/monthly?asOf=2024-06-30", "auditor")).isEqualTo(200);
        assertThat(status(URL + "?asOf=2024-06-30", "clerk")).isEqualTo(403);
        assertThat(status(URL + "?asOf=2024-06-30&knownAt=2030-01-01T00:00:00Z", "officer")).isEqualTo(403);
        assertThat(status(URL + "?asOf=2024-06-30&knownAt=2030-01-01T00:00:00Z", "auditor")).isEqualTo(200);
        assertThat(status("/console/execution?department=" + DEPT + "&year=2024", "clerk")).isEqualTo(403);
    }

    @Test
    void anUnknownDepartmentOrYearIsNotFound() throws Exception {
        assertThat(status("/api/v1/departments/nosuch/years/2024/execution", "officer")).isEqualTo(404);
        assertThat(status("/api/v1/departments/" + DEPT + "/years/2031/execution", "officer")).isEqualTo(404);
    }

    /** The query side answers 400 for invalid values today; the shared vocabulary moves it to 422. */
    @Test
    void badValuesAreRefusedFieldByField() throws Exception {
        assertInvalid(URL + "?asOf=2024-13-01", "asOf");
        assertInvalid(URL + "?asOf=2023-12-31", "asOf");
        assertInvalid(URL + "?by=economic", "by");
        assertInvalid(URL + "?threshold=ten", "threshold");
        assertInvalid(URL + "?threshold=-1", "threshold");
        assertInvalid(URL + "/monthly?format=xlsx", "format");
    }

    @Test
    void csvXlsxAndHtmlCarryTheSameFigures() throws Exception {
        String csv = fetch(URL + "?asOf=2024-06-30&format=csv").getContentAsString();
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("key,code,name,level,");
        assertThat(csv).contains("2010301,2010301,").contains("123456789.00,1000000.00,122456789.00,0.8,49.7,"
                + "-48.9,true");
        MockHttpServletResponse xlsx = fetch(URL + "?asOf=2024-06-30&format=xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            Cell budget = workbook.getSheet("执行进度").getRow(2).getCell(6);
            assertThat(budget.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(budget.getNumericCellValue()).isEqualTo(123_456_789.00);
            assertThat(budget.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(workbook.getSheet("月度累计").getLastRowNum()).isEqualTo(6);
        }
        assertThat(fetch(URL + "?asOf=2024-06-30&format=html").getContentAsString())
                .contains("123,456,789.00", "1,000,000.00", "滞后");
    }

    @Test
    void withoutAsOfAPastYearIsReadAtItsEnd() throws Exception {
        JsonNode view = JSON.readTree(fetch(URL).getContentAsByteArray());
        assertThat(view.get("asOf").asText()).isEqualTo("2024-12-31");
        assertThat(view.get("timeProgress").asText()).isEqualTo("100.0");
        assertThat(view.get("threshold").asText()).isEqualTo("10");
    }

    @Test
    void theConsolePageShowsBarsTheCurveAndLaggingRowsSortedByGap() throws Exception {
        String html = fetch("/console/execution?department=" + DEPT + "&year=2024&asOf=2024-06-30&sort=gap")
                .getContentAsString();
        assertThat(html).contains("预算执行进度", "id=\"curve\"", "id=\"spent-line\"", "id=\"time-line\"",
                "class=\"total lagging\"", "width: 0.8%", "left: 49.7%", "123,456,789.00", "format=xlsx");
        assertThat(html).as("the navigation marks this page, not the tables, as the current one")
                .containsPattern("href=\"/console/execution\"[^>]*class=\"active\"")
                .doesNotContainPattern("href=\"/console/tables\"[^>]*class=\"active\"");
    }

    @Test
    void theLineViewNamesTheExpenditureTypeInChinese() throws Exception {
        String html = fetch("/console/execution?department=" + DEPT + "&year=2024&by=line").getContentAsString();
        assertThat(html).containsPattern("<td>(基本支出|项目支出)").doesNotContainPattern("<td>(BASIC|PROJECT)");
    }

    private void assertInvalid(String url, String field) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).with(Users.as("officer"))).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isIn(400, 422);
        JsonNode problem = JSON.readTree(response.getContentAsByteArray());
        assertThat(problem.get("errors").findValuesAsText("field")).as(url).contains(field);
    }

    private MockHttpServletResponse fetch(String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).with(Users.as("officer"))).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response;
    }

    private int status(String url, String user) throws Exception {
        return mvc.perform(get(url).with(Users.as(user))).andReturn().getResponse().getStatus();
    }
}
