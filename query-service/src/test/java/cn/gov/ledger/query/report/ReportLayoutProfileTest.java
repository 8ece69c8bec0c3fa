package cn.gov.ledger.query.report;

import static cn.gov.ledger.query.support.Postings.appropriation;
import static cn.gov.ledger.query.support.Postings.basicLine;
import static cn.gov.ledger.query.support.Postings.expenditure;
import static cn.gov.ledger.query.support.Postings.income;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.api.code.EconomicCode;
import cn.gov.ledger.api.organisation.DepartmentRegistered;
import cn.gov.ledger.query.support.LedgerEvents;
import cn.gov.ledger.query.support.QueryServiceIntegrationTest;
import cn.gov.ledger.query.support.Users;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

/** The Shanghai numbering (表七 = the three public expenses) against the central one, with the same figures. */
class ReportLayoutProfileTest extends QueryServiceIntegrationTest {

    private static final String DEPT = "shprof";
    private static final String BASE = "/api/v1/departments/" + DEPT;
    private static final long WAN = 1_000_000;

    @BeforeAll
    void postAYearWithCarRunningCosts() {
        LedgerEvents events = events();
        Classification cars = basicLine(DEPT, "shprof-1", 2024, "2010350").withEconomicCode(EconomicCode.of("30231"));
        events.append(DEPT, new DepartmentRegistered(DEPT, "布局测试中心"));
        events.append(cars.budgetLineId(), appropriation("sh-a", cars, 12 * WAN, LocalDate.of(2024, 1, 2)));
        events.append(DEPT + "-in", income("sh-i", cars, 9 * WAN, LocalDate.of(2024, 3, 1)));
        awaitProjected(events.append(cars.budgetLineId(), expenditure("sh-e", cars, "30231", 9 * WAN,
                LocalDate.of(2024, 3, 1))));
    }

    @Test
    void aDepartmentPrintsCentrallyUntilItsProfileIsSetAndAParameterOverridesIt() throws Exception {
        assertThat(read(mvc.perform(get(BASE + "/layout-profile")
                .with(Users.as("clerk"))).andReturn().getResponse(), 200).get("default").asBoolean())
                .isTrue();
        String central = Fetched.html(mvc, BASE + "/years/2024/tables/09?format=html");
        assertThat(central).contains("公开09表").doesNotContain("表七");

        JsonNode set = read(mvc.perform(put(BASE + "/layout-profile").with(Users.as("publisher"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"profile\":\"SHANGHAI\"}")).andReturn().getResponse(), 200);
        assertThat(set.get("profile").asText()).isEqualTo("SHANGHAI");
        assertThat(set.get("setBy").asText()).isEqualTo("publisher");

        String shanghai = Fetched.html(mvc, BASE + "/years/2024/tables/09?format=html");
        assertThat(shanghai).contains("表七", "2024年度财政拨款“三公”经费支出决算表").doesNotContain("公开09表");
        assertThat(Fetched.amountCells(shanghai)).isEqualTo(Fetched.amountCells(central)).contains("12.00", "9.00");
        assertThat(Fetched.html(mvc, BASE + "/years/2024/tables/07?format=html")).contains("表八");
        assertThat(Fetched.html(mvc, BASE + "/years/2024/tables/09?format=html&profile=CENTRAL")).contains("公开09表");
        try (XSSFWorkbook workbook = Fetched.xlsx(mvc, BASE + "/years/2024/tables/09?format=xlsx")) {
            assertThat(workbook.getSheetName(0)).isEqualTo("表七");
        }
    }

    @Test
    void theShanghaiReportOrdersTheThreePublicExpensesBeforeTheFunds() throws Exception {
        String report = Fetched.html(mvc, BASE + "/years/2024/report?profile=SHANGHAI");
        int threePublic = report.indexOf("2024年度财政拨款“三公”经费支出决算表");
        int funds = report.indexOf("2024年度政府性基金预算财政拨款收入支出决算表");
        assertThat(threePublic).isPositive().isLessThan(funds);
        assertThat(report.substring(threePublic - 200, threePublic)).contains(">表七<");
        try (XSSFWorkbook workbook = Fetched.xlsx(mvc, BASE + "/years/2024/report?format=xlsx&profile=SHANGHAI")) {
            List<String> names = new ArrayList<>();
            for (Sheet sheet : workbook) {
                names.add(sheet.getSheetName());
            }
            assertThat(names).containsExactly("表一", "表二", "表三", "表四", "表五", "表六", "表七", "表八", "表九");
            assertThat(workbook.getSheet("表七").getRow(0).getCell(0).getStringCellValue()).contains("“三公”经费");
        }
    }

    @Test
    void anUnknownProfileOrDepartmentIsAProblem() throws Exception {
        read(mvc.perform(put(BASE + "/layout-profile").with(Users.as("publisher"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"profile\":\"PARIS\"}")).andReturn().getResponse(), 422);
        read(mvc.perform(put("/api/v1/departments/nobody/layout-profile").with(Users.as("publisher"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"profile\":\"CENTRAL\"}")).andReturn().getResponse(), 404);
        read(mvc.perform(put(BASE + "/layout-profile").contentType(MediaType.APPLICATION_JSON)
                .content("{\"profile\":\"CENTRAL\"}")).andReturn().getResponse(), 401);
        read(mvc.perform(put(BASE + "/layout-profile").with(Users.as("clerk")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"profile\":\"CENTRAL\"}")).andReturn().getResponse(), 403);
        JsonNode problem = read(mvc.perform(get(BASE + "/years/2024/tables/09?format=html&profile=PARIS")
                .with(Users.as("clerk")))
                .andReturn().getResponse(), 422);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("profile");
    }

    private static JsonNode read(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return new ObjectMapper().readTree(response.getContentAsByteArray());
    }
}
