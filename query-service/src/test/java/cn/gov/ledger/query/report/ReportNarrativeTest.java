package cn.gov.ledger.query.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.gov.ledger.query.support.QueryServiceIntegrationTest;
import cn.gov.ledger.query.support.Users;
import cn.gov.ledger.query.support.WuchangDataset;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * The whole 2024 report of the customer, written from the ledger (2024 and its 2023 comparatives): the
 * figures its 情况说明 prints, the charts, the nine tables in order, the workbook.
 */
class ReportNarrativeTest extends QueryServiceIntegrationTest {

    private static final String REPORT = "/api/v1/departments/" + WuchangDataset.DEPARTMENT + "/years/2024/report";

    private String html;
    private long loaded;

    @BeforeAll
    void loadAndRender() throws Exception {
        loaded = WuchangDataset.load(events());
        awaitProjected(loaded);
        html = Fetched.html(mvc, REPORT);
    }

    /** 2,022.81 ÷ 6,391.60 = 31.648%: the published 31.7% is a rounding slip the ledger does not repeat. */
    @Test
    void totalsIncomeAndExpenditureAreComparedWithLastYear() {
        assertThat(html).contains("2024年度收、支总计均为4,368.79万元。与2023年度相比，收、支总计减少2,022.81万元，下降31.6%",
                "其中：财政拨款收入4,368.79万元，占本年收入100.0%",
                "其中：基本支出1,673.74万元，占本年支出38.3%；项目支出2,695.05万元，占本年支出61.7%",
                "2024年度财政拨款收、支总计均为4,368.79万元",
                "一般公共预算财政拨款收入4,368.79万元，比2023年度决算数减少2,022.81万元，下降31.6%");
        assertThat(html).doesNotContain("31.7%");
    }

    @Test
    void generalPublicBudgetSpendingByClassAndAgainstTheInitialBudget() {
        assertThat(html).contains("一般公共服务支出类支出4,004.94万元，占91.7%", "社会保障和就业支出类支出151.98万元，占3.5%",
                "卫生健康支出类支出102.59万元，占2.3%", "住房保障支出类支出109.28万元，占2.5%",
                "年初预算为4,290.32万元，支出决算为4,368.79万元，完成年初预算的101.8%",
                "年中追加预算320.29万元后，全年预算为4,610.61万元",
                "项目支出主要用于：机关事务运行经费1,888.17万元",
                "政府办公厅（室）及相关机构事务（款）行政运行（项）。年初预算为17.52万元，支出决算为14.05万元，完成年初预算的80.2%",
                "事业单位医疗（项）。年初预算为28.98万元，年中追减预算5.00万元，支出决算为18.42万元，完成年初预算的63.6%");
        assertThat(html).doesNotContain("82.8%");
    }

    @Test
    void basicExpenditureFundsAndThreePublicExpenses() {
        assertThat(html).contains("人员经费817.13万元，主要包括：基本工资、津贴补贴", "公用经费856.61万元，主要包括：办公费",
                "本部门2024年度无政府性基金预算财政拨款收入支出。", "本部门2024年度无国有资本经营预算财政拨款支出。",
                "“三公”经费财政拨款支出全年预算为172.98万元，支出决算为172.98万元，完成全年预算的100.0%。"
                        + "较上年减少8.93万元，下降4.9%。");
    }

    @Test
    void whatOnlyAPersonCanExplainIsMarkedMissing() {
        assertThat(html).contains("支出决算数大于年初预算数的主要原因：（说明：未填写）。");
    }

    @Test
    void fourChartsAreInlineSvgNamingACjkFont() throws Exception {
        assertThat(Fetched.count(html, "<svg")).isEqualTo(4);
        for (int at = html.indexOf("<svg"); at >= 0; at = html.indexOf("<svg", at + 1)) {
            Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(
                    new StringReader(html.substring(at, html.indexOf("</svg>", at) + "</svg>".length()))));
            assertThat(svg.getElementsByTagName("text").item(0).getAttributes().getNamedItem("style").getNodeValue())
                    .contains("font-family: " + Charts.FONT_FAMILIES);
        }
        assertThat(html).contains("图1：收、支决算总计变动情况", "图2：收入决算结构", "图3：支出决算结构",
                "图4：财政拨款收、支决算总计变动情况", "Noto Sans CJK SC", "WenQuanYi Micro Hei", ">基本支出 1,673.74万元");
        String firstChart = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));
        assertThat(firstChart).contains("2023年度", "2024年度", "收入总计", "6,391.60", "4,368.79");
    }

    @Test
    void theNineTablesComeFirstInTheirPublishedOrder() {
        List<Integer> at = new ArrayList<>();
        for (int table = 1; table <= 9; table++) {
            at.add(html.indexOf("公开0" + table + "表"));
        }
        assertThat(at).doesNotContain(-1).isSorted();
        assertThat(at.get(8)).isLessThan(html.indexOf("一、收入支出决算总体情况说明"));
    }

    @Test
    void theWorkbookHasOneSheetPerTable() throws Exception {
        // pinned to the postings: other test classes may add the 附件 records, which bring sheets of their own
        try (XSSFWorkbook workbook = Fetched.xlsx(mvc, REPORT + "?format=xlsx&position=" + loaded)) {
            List<String> names = new ArrayList<>();
            for (Sheet sheet : workbook) {
                names.add(sheet.getSheetName());
            }
            assertThat(names).containsExactly("公开01", "公开02", "公开03", "公开04", "公开05", "公开06", "公开07", "公开08",
                    "公开09");
            assertThat(workbook.getSheet("公开06").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("2024年度一般公共预算财政拨款基本支出决算明细表");
        }
    }

    @Test
    void aBadFormatOrProfileIsAProblemNamingEveryField() throws Exception {
        MockHttpServletResponse response = mvc.perform(get(REPORT + "?format=pdf&profile=paris&asOf=never")
                .with(Users.as("clerk")))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"format\"", "\"profile\"", "\"asOf\"");
    }
}
