package cn.gov.ledger.service.console;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.service.LedgerIntegrationTest;
import cn.gov.ledger.service.console.ConsoleBrowser.Page;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The clerk's and officer's pages post through the API's own path: same messages, same idempotency. */
class ConsoleFormsTest extends LedgerIntegrationTest {

    private static final Pattern KEY = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"");

    @LocalServerPort
    int serverPort;
    @Autowired
    JdbcTemplate jdbc;

    private ConsoleBrowser browser;

    @BeforeEach
    void openBrowser() {
        browser = new ConsoleBrowser(serverPort, "admin");
        assertThat(appropriate("1000.00").status()).isEqualTo(201);
    }

    @Test
    void aRefusedFormComesBackWithTheApiMessagesNextToTheFieldsAndPostsNothing() {
        Map<String, String> form = expenditure(key("/console/expenditures"), "-5");
        form.put("businessDate", "2025-01-01");
        form.put("economicCode", "302");
        Page page = browser.submit("/console/expenditures", form);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("<span class=\"error\" id=\"amount-error\">须大于零</span>")
                .contains("<span class=\"error\" id=\"businessDate-error\">须在 2024 预算年度内</span>")
                .contains("id=\"economicCode-error\">须为 5 位经济分类（款）编码，而不是 302</span>")
                .contains("<label for=\"amount\" class=\"required\">金额（元）</label>")
                .contains("value=\"-5\"").contains("value=\"" + form.get("idempotencyKey") + "\"");
        assertThat(expenditures()).isZero();
    }

    @Test
    void overBudgetIsShownAtTheAmountWithWhatIsLeft() {
        Page page = browser.submit("/console/expenditures", expenditure(key("/console/expenditures"), "1000.01"));
        assertThat(page.html()).containsPattern("id=\"amount-error\">超出预算[^<]*可用 1,000.00 元，申请 1,000.01 元");
        assertThat(expenditures()).isZero();
    }

    @Test
    void aFormSubmittedTwicePostsOnceAndSaysSo() {
        Map<String, String> form = expenditure(key("/console/expenditures"), "1000.00");
        Page first = browser.submit("/console/expenditures", form);
        Page second = browser.submit("/console/expenditures", form);
        assertThat(first.html()).contains("已记账（支出）：金额 1,000.00 元").doesNotContain("该表单已提交过")
                .containsPattern("id=\"report-pdf\"[^>]*href=\"[^\"]*/api/v1/departments/[^/]+/years/2024/report"
                        + "\\?format=pdf&amp;minPosition=\\d+\"");
        assertThat(second.html()).contains("该表单已提交过，未重复记账");
        assertThat(expenditures()).isEqualTo(1);
        assertThat(key(first.html())).isNotEqualTo(form.get("idempotencyKey"));
        assertThat(first.uri().getQuery()).contains("unit=" + unit).contains("fiscalYear=2024");
    }

    @Test
    void anEntryIsReversedFromTheListOnlyWithAReason() {
        browser.submit("/console/expenditures", expenditure(key("/console/expenditures"), "300.00"));
        String entryId = jdbc.queryForObject("SELECT entry_id FROM ledger_entry WHERE department = ? AND kind ="
                + " 'EXPENDITURE'", String.class, department);
        Page list = browser.get("/console/entries?department=" + department + "&text=0042");
        assertThat(list.html()).contains("data-entry=\"" + entryId + "\"").contains("记-2024-03-0042");
        assertThat(browser.get("/console/entries?department=" + department).html())
                .contains("<td class=\"num\">1,000.00</td>").contains("<td class=\"num\">300.00</td>");
        Map<String, String> reversal = new LinkedHashMap<>(Map.of("idempotencyKey", key(list.html()), "reason", " ",
                "back", "department=" + department));
        Page refused = browser.submit("/console/entries/" + entryId + "/reversal", reversal);
        assertThat(refused.html()).contains("原因：必填");
        assertThat(client.get("/api/v1/entries/" + entryId).body().path("reversedBy").isNull()).isTrue();
        reversal.put("reason", "凭证金额录入错误");
        Page reversed = browser.submit("/console/entries/" + entryId + "/reversal", reversal);
        String reversalId = client.get("/api/v1/entries/" + entryId).body().path("reversedBy").asText();
        assertThat(reversed.html()).contains("已冲销分录 " + entryId).contains(reversalId).contains("凭证金额录入错误");
        assertThat(reversed.uri().getQuery()).isEqualTo("department=" + department);
    }

    @Test
    void anImportFileWithBadRowsListsEveryOneAndPostsNothing() {
        String csv = "type,department,unit,fiscalYear,functionalCode,source,expenditureType,economicCode,amount,"
                + "businessDate,voucherNo\n"
                + "EXPENDITURE," + department + "," + unit + ",2024,2010350,GENERAL_PUBLIC_BUDGET,BASIC,30201,10.00,"
                + "2024-03-01,v1\n"
                + "EXPENDITURE," + department + "," + unit + ",2024,20103,GENERAL_PUBLIC_BUDGET,BASIC,30201,-1,"
                + "2024-03-01,v2\n";
        Page page = browser.upload("/console/imports", "bad.csv", csv, Map.of("idempotencyKey", key("/console/imports")));
        assertThat(page.html()).contains("文件未导入：2 处错误")
                .containsPattern("<td>行 3</td>\\s*<td><span>列 功能分类科目</span> <code>functionalCode</code>"
                        + "</td>\\s*<td>须为 7 位功能分类（项）编码，而不是 20103</td>")
                .containsPattern("<td>行 3</td>\\s*<td><span>列 金额</span> <code>amount</code></td>");
        assertThat(expenditures()).isZero();
        Page good = browser.upload("/console/imports", "good.csv", csv.substring(0, csv.lastIndexOf("EXPENDITURE")),
                Map.of("idempotencyKey", key(page.html())));
        assertThat(good.html()).contains("good.csv：共 1 行，记账 1 笔");
        assertThat(expenditures()).isEqualTo(1);
    }

    @Test
    void eachFormIsForItsRoleAsTheEndpointItStandsFor() {
        ConsoleBrowser officer = new ConsoleBrowser(serverPort, "officer");
        Map<String, String> form = expenditure(key("/console/expenditures"), "10.00");
        assertThat(officer.submit("/console/expenditures", form).status()).isEqualTo(403);
        assertThat(expenditures()).isZero();
        ConsoleBrowser clerk = new ConsoleBrowser(serverPort, "clerk");
        assertThat(clerk.submit("/console/expenditures", form).html()).contains("已记账（支出）：金额 10.00 元");
        assertThat(expenditures()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ledger_entry WHERE department = ? AND kind ="
                + " 'APPROPRIATION'", Integer.class, department)).isEqualTo(1);
        Map<String, String> budget = new LinkedHashMap<>(form);
        budget.remove("voucherNo");
        budget.put("documentNo", "追加-1");
        assertThat(clerk.submit("/console/appropriations", budget).status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ledger_entry WHERE department = ? AND kind ="
                + " 'APPROPRIATION'", Integer.class, department)).isEqualTo(1);
    }

    private Map<String, String> expenditure(String key, String amount) {
        Map<String, String> form = new LinkedHashMap<>(basicLine().entrySet().stream().collect(
                LinkedHashMap::new, (map, e) -> map.put(e.getKey(), String.valueOf(e.getValue())), Map::putAll));
        form.putAll(Map.of("project", "", "economicCode", "30201", "amount", amount, "businessDate", "2024-03-15",
                "voucherNo", "记-2024-03-0042", "payee", "", "memo", "", "idempotencyKey", key));
        return form;
    }

    private String key(String pathOrHtml) {
        String html = pathOrHtml.startsWith("/") ? browser.get(pathOrHtml).html() : pathOrHtml;
        Matcher matcher = KEY.matcher(html);
        assertThat(matcher.find()).as("an idempotency key in the page").isTrue();
        return matcher.group(1);
    }

    private int expenditures() {
        return jdbc.queryForObject("SELECT count(*) FROM ledger_entry WHERE department = ? AND kind = 'EXPENDITURE'",
                Integer.class, department);
    }
}
