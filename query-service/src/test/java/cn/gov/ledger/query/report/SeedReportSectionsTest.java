package cn.gov.ledger.query.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.gov.ledger.query.support.QueryServiceIntegrationTest;
import cn.gov.ledger.query.support.WuchangRecords;
import cn.gov.ledger.query.support.Users;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed year's report prints sections 九 to 十三 and the five 附件 tables with the published figures. */
class SeedReportSectionsTest extends QueryServiceIntegrationTest {

    private static final String YEAR = "/api/v1/departments/wcjgsw/years/2024";

    private String pinned;
    private String html;

    @BeforeAll
    void loadAndRender() throws Exception {
        long position = WuchangRecords.load(events());
        awaitProjected(position);
        pinned = "position=" + position;
        html = Fetched.html(mvc, YEAR + "/report?" + pinned);
    }

    @Test
    void sections9To12PrintTheCountsCostsAndProcurement() {
        assertThat(html).contains("全年支出涉及出国（境）团组0个，累计0人次。", "本年度购置（更新）公务用车0辆",
                "截至2024年12月31日，开支财政拨款的公务用车保有量为57辆。", "2024年共接待来访团组0个，0人次（不包括陪同人员）",
                "十、机关运行经费支出说明", "2024年度武昌区机关事务服务中心机关运行经费支出0.00万元。",
                "武昌区机关事务服务中心(本级)（事业单位）不属于上述单位，故机关运行经费为0。",
                "政府采购支出总额1,925.61万元，其中：政府采购货物支出81.58万元、政府采购工程支出527.70万元、政府采购服务支出1,316.33万元。"
                        + "授予中小企业合同金额1,537.52万元，占政府采购支出总额的79.8%，其中：授予小微企业合同金额120.00万元，"
                        + "占授予中小企业合同金额的7.8%；货物采购授予中小企业合同金额占货物支出金额的0.0%，"
                        + "工程采购授予中小企业合同金额占工程支出金额的89.5%，服务采购授予中小企业合同金额占服务支出金额的80.9%。",
                "截至2024年12月31日，武昌区机关事务服务中心共有车辆48辆，其中，副省级及以上领导干部用车0辆、主要负责人用车1辆、"
                        + "机要通信用车3辆、应急保障用车19辆、执法执勤用车24辆、特种专业技术用车0辆、离退休干部服务用车0辆、其他用车1辆；"
                        + "单位价值100万元以上设备0台(套)。");
    }

    @Test
    void section13PrintsEachProjectsBudgetAndExecution() {
        assertThat(html).contains("共涉及项目5个，资金2,695.05万元，占一般公共预算项目支出总额的100.0%",
                "部门整体支出预算数4,610.61万元，执行数4,368.79万元，执行率94.76%",
                "1. 机关事务运行经费项目绩效自评综述：项目全年预算数为2,016.87万元，执行数为1,888.17万元，完成预算的93.6%。",
                "2. 其他工作经费项目绩效自评综述：项目全年预算数为825.41万元，执行数为754.25万元，完成预算的91.4%。",
                "3. 荆南街办公区房屋装修及配套设施建设项目绩效自评综述：项目全年预算数为1,223.00万元（2023年至2024年累计），"
                        + "执行数为1,177.00万元，完成预算的96.2%，尚未支付46.00万元。",
                "4. 中南法庭过渡办公点整修改造项目绩效自评综述：项目全年预算数为510.18万元（2023年至2024年累计），"
                        + "执行数为379.90万元，完成预算的74.5%",
                "5. 重大节日慰问经费项目绩效自评综述：项目全年预算数为0.80万元，执行数为0.80万元，完成预算的100.0%。",
                "税务局 2024 年度预算数为 214.71 万元");
    }

    @Test
    void theFiveAttachmentsFollowInThePublishedLayout() {
        int attachments = html.indexOf("第三部分 附件");
        assertThat(attachments).isGreaterThan(html.indexOf("十三、预算绩效情况说明"));
        List<Integer> at = new ArrayList<>();
        for (String title : List.of("2024年度武昌区机关事务服务中心部门整体绩效自评表", "2024年度机关事务运行经费项目绩效自评表",
                "2024年度其他工作经费项目绩效自评表", "2024年度荆南街办公区房屋装修及配套设施建设项目绩效自评表",
                "2024年度重大节日慰问经费项目绩效自评表")) {
            at.add(html.indexOf(title, attachments));
        }
        assertThat(at).doesNotContain(-1).isSorted();
        assertThat(html.substring(attachments)).contains("填报日期：2025年4月23日", "4,610.61", "4,368.79", "94.76%",
                "1,673.74", "2,695.05", "1,223.00", "1,177.00", "96.24%", "3、一次性项目☑",
                "财政资金总额（2023—2024年累计）", "服务对象满意度", "&gt; 90%", "rowspan=\"38\"");
    }

    @Test
    void theSelfEvaluationsHaveEndpointsOfTheirOwnInEveryFormat() throws Exception {
        String jingnan = "荆南街办公区房屋装修及配套设施建设";
        String one = Fetched.html(mvc, YEAR + "/performance/self-evaluations?format=html&" + pinned + "&project=" + jingnan);
        assertThat(one).contains("2024年度" + jingnan + "项目绩效自评表", "1,223.00", "1,177.00", "96.24%", "工作环境满意度");
        assertThat(one).doesNotContain("机关事务运行经费项目绩效自评表");
        try (XSSFWorkbook workbook = Fetched.xlsx(mvc, YEAR + "/performance/self-evaluations?format=xlsx&" + pinned)) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).hasSize(5).first().isEqualTo("附件1 部门整体绩效自评表");
            Sheet whole = workbook.getSheetAt(0);
            assertThat(whole.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2024年度武昌区机关事务服务中心部门整体绩效自评表");
            assertThat(numbers(whole)).contains(4610.61, 4368.79, 1673.74, 2695.05);
            assertThat(whole.getMergedRegions()).isNotEmpty();
        }
        try (XSSFWorkbook report = Fetched.xlsx(mvc, YEAR + "/report?format=xlsx&" + pinned)) {
            assertThat(report.getNumberOfSheets()).isEqualTo(14);
            assertThat(report.getSheetName(9)).isEqualTo("附件1 部门整体绩效自评表");
        }
    }

    @Test
    void anUnknownProjectHasNoTable() throws Exception {
        assertThat(mvc.perform(get(YEAR + "/performance/self-evaluations").param("project", "无此项目").with(Users.as("auditor")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get(YEAR + "/performance/self-evaluations").param("format", "pdf").with(Users.as("auditor")))
                .andReturn().getResponse().getStatus()).isEqualTo(422);
    }

    private static List<Double> numbers(Sheet sheet) {
        List<Double> numbers = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.NUMERIC) {
                    numbers.add(cell.getNumericCellValue());
                }
            }
        }
        return numbers;
    }
}
