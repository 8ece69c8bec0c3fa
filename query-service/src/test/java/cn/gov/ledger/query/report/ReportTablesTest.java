package cn.gov.ledger.query.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.query.support.QueryServiceIntegrationTest;
import cn.gov.ledger.query.support.WuchangDataset;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each table of the customer's 2024 accounts in the published layout, as HTML and as XLSX. */
class ReportTablesTest extends QueryServiceIntegrationTest {

    private static final String TABLES = "/api/v1/departments/" + WuchangDataset.DEPARTMENT + "/years/2024/tables/";

    @BeforeAll
    void loadTheYear() throws Exception {
        awaitProjected(WuchangDataset.load(events()));
    }

    @Test
    void table05AsHtmlHasTheTitleUnitHeadsFiguresAndNote() throws Exception {
        String html = Fetched.html(mvc, TABLES + "05?format=html");
        assertThat(html).contains("<meta charset=\"UTF-8\">", "公开05表", "2024年度一般公共预算财政拨款支出决算表",
                "部门：武昌区机关事务服务中心", "单位：万元", "功能分类科目编码", "本年支出", "栏次",
                "<td class=\"amount\">1,309.89</td>", "注：本表反映部门本年度一般公共预算财政拨款支出情况。");
        assertThat(html).doesNotContain("0.00<", "本部门2024年度无");
        assertThat(Fetched.amountCells(html)).isEqualTo(printed(tables().get(WuchangDataset.DEPARTMENT, 2024, "05", "")));
    }

    @Test
    void summaryTablesPrintTheirLineNumbersSideBySide() throws Exception {
        String html = Fetched.html(mvc, TABLES + "01?format=html");
        assertThat(html).contains("行次", "<th>栏次</th>");
        assertThat(html.replaceAll("\\s+", "")).containsPattern("<tdclass=\"nametotal\">总计</td><tdclass=\"linetotal\">30</td>"
                + "<tdclass=\"amounttotal\">4,368.79</td><tdclass=\"nametotal\">总计</td><tdclass=\"linetotal\">60</td>");
        assertThat(Fetched.html(mvc, TABLES + "04?format=html")).contains("国有资本经营预算财政拨款", ">64</td>");
    }

    @Test
    void emptyTablesSaySoInTheWordsOfThePublishedReport() throws Exception {
        assertThat(Fetched.html(mvc, TABLES + "07?format=html")).contains("公开07表", "本部门2024年度无政府性基金预算财政拨款收入支出。");
        assertThat(Fetched.html(mvc, TABLES + "08?format=html")).contains("本部门2024年度无国有资本经营预算财政拨款支出。");
    }

    @Test
    void table05AsXlsxHasTheJsonFiguresAsNumbersUnderAFrozenMergedHeaderInLandscape() throws Exception {
        JsonNode json = tables().get(WuchangDataset.DEPARTMENT, 2024, "05", "");
        try (XSSFWorkbook workbook = Fetched.xlsx(mvc, TABLES + "05?format=xlsx")) {
            XSSFSheet sheet = workbook.getSheet("公开05");
            assertThat(sheet).isNotNull();
            int compared = 0;
            for (JsonNode row : json.get("rows")) {
                Row printed = rowStartingWith(sheet, row.hasNonNull("code") ? row.get("code").asText() : "", row.get("name").asText());
                for (int column = 0; column < 3; column++) {
                    String expected = row.get("cells").get(json.get("columns").get(column).get("key").asText()).asText();
                    Cell cell = printed.getCell(4 + column);
                    if (expected.equals("0.00")) {
                        assertThat(cell.getCellType()).isEqualTo(CellType.BLANK);
                    } else {
                        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
                        assertThat(cell.getNumericCellValue()).isEqualTo(Double.parseDouble(expected));
                        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
                    }
                    compared++;
                }
            }
            assertThat(compared).isEqualTo(json.get("rows").size() * 3).isGreaterThan(60);
            assertThat(sheet.getMergedRegions()).isNotEmpty();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 6);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2024年度一般公共预算财政拨款支出决算表");
        }
    }

    @Test
    void table09AsXlsxMergesItsFourHeaderRows() throws Exception {
        try (XSSFWorkbook workbook = Fetched.xlsx(mvc, TABLES + "09?format=xlsx")) {
            XSSFSheet sheet = workbook.getSheet("公开09");
            assertThat(sheet.getMergedRegions()).anySatisfy(region -> {
                assertThat(region.getFirstRow()).isEqualTo(3);
                assertThat(region.getLastColumn() - region.getFirstColumn()).isEqualTo(5);
            });
            assertThat(sheet.getRow(7).getCell(0).getNumericCellValue()).isEqualTo(172.98);
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 7);
        }
    }

    /** The JSON cells as the HTML prints them: row by row, zero as a blank cell. */
    private static List<String> printed(JsonNode table) {
        List<String> cells = new ArrayList<>();
        for (JsonNode row : table.get("rows")) {
            for (JsonNode column : table.get("columns")) {
                String cell = row.get("cells").get(column.get("key").asText()).asText();
                cells.add(cell.equals("0.00") ? "" : String.format(Locale.ROOT, "%,.2f", new BigDecimal(cell)));
            }
        }
        return cells;
    }

    private static Row rowStartingWith(XSSFSheet sheet, String code, String name) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(3) != null && row.getCell(0).getCellType() != CellType.NUMERIC
                    && row.getCell(0).getStringCellValue().equals(code) && name.equals(row.getCell(3).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + code + " " + name);
    }
}
