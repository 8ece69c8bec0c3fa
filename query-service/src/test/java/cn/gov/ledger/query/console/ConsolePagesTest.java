package cn.gov.ledger.query.console;

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
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

/** The auditor's pages: a table at a point in time, each figure a link to its entries and their events. */
class ConsolePagesTest extends QueryServiceIntegrationTest {

    private static final String DEPT = "console-q";
    private static final long WAN = 1_000_000;

    private long lastPosition;

    @BeforeAll
    void postAYear() {
        LedgerEvents events = events();
        Classification line = basicLine(DEPT, "u1", 2024, "2010301");
        events.append(DEPT, new DepartmentRegistered(DEPT, "控制台测试中心"));
        events.append(DEPT, new UnitRegistered(DEPT, "u1", "控制台测试中心本级", UnitType.PUBLIC_INSTITUTION));
        events.append(line.budgetLineId(), appropriation("cq-a1", line, 100 * WAN, LocalDate.of(2024, 1, 2)));
        events.append(line.budgetLineId(), expenditure("cq-e1", line, "30201", 3 * WAN, LocalDate.of(2024, 3, 10)));
        lastPosition = events.append(line.budgetLineId(), expenditure("cq-e2", line, "30205", WAN / 4,
                LocalDate.of(2024, 9, 15)));
        awaitProjected(lastPosition);
    }

    @Test
    void everyFigureOfATableLinksToItsEntriesWithTheirVouchersAndEvents() throws Exception {
        String table = page("/console/tables?department=" + DEPT + "&year=2024&table=05");
        assertThat(table).contains("2024年度一般公共预算财政拨款支出决算表").contains("事件位置 " + lastPosition);
        Matcher link = Pattern.compile("href=\"(/console/tables/05/cells/2010301/basic\\?[^\"]+)\"[^>]*>3\\.25</a>")
                .matcher(table);
        assertThat(link.find()).as("3.25 万元 in 2010301 基本支出, as a link").isTrue();
        String href = HtmlUtils.htmlUnescape(link.group(1));
        assertThat(href).contains("position=" + lastPosition).contains("asOf=2024-12-31");
        String cell = page(href);
        assertThat(cell).contains("3.25 万元").contains("32,500.00 元").contains("2 笔")
                .contains("V-cq-e1").contains("V-cq-e2").contains("某供应商").contains("支出记账")
                .contains("data-entry=\"cq-e1\"").contains("data-entry=\"cq-e2\"")
                // the row's name where a catalogue of the year is loaded (other tests of the context may load one), else its code
                .containsPattern("id=\"cell-place\">[^<]*(2010301|行政运行) / 基本支出</span>\\s*"
                        + "<small class=\"type\">2010301 / basic")
                .containsPattern("<span>支出记账</span>\\s*<small class=\"type\">ExpenditureRecorded</small>");
    }

    @Test
    void aTableAsOfAnEarlierDateLeavesOutWhatCameLater() throws Exception {
        String table = page("/console/tables?department=" + DEPT + "&year=2024&table=05&asOf=2024-06-30");
        assertThat(table).contains("截至业务日期 2024-06-30").containsPattern(">3\\.00</a>")
                .doesNotContain(">3.25</a>")
                .containsPattern("记录时点 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}（北京时间）");
        String early = page("/console/tables?department=" + DEPT + "&year=2024&table=05&position="
                + (lastPosition - 2));
        assertThat(early).doesNotContainPattern("cells/2010301/basic[^>]*>");
    }

    @Test
    void malformedParametersAreShownOnThePageWithThePicker() throws Exception {
        String page = page("/console/tables?department=" + DEPT + "&year=2024&table=05&asOf=30.06.2024");
        assertThat(page).contains("id=\"problems\"").contains("asOf：must be an ISO date").contains("id=\"picker\"")
                .doesNotContain("id=\"sheet\"");
    }

    @Test
    void theLoginPageIsInChinese() throws Exception {
        assertThat(page("/login")).contains("决算报表与审计").contains("name=\"username\"")
                .contains("name=\"password\"").contains("action=\"/login\"");
    }

    private String page(String path) throws Exception {
        var response = mvc.perform(get(path).with(Users.as("auditor"))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/html");
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
