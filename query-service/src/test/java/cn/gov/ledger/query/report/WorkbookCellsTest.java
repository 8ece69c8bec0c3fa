package cn.gov.ledger.query.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.query.report.PrintedTable.Cell;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Workbook cells: amounts are numbers in #,##0.00 (negatives too), text that looks like a formula stays text. */
class WorkbookCellsTest {

    @Test
    void amountsAreFormattedNumbersAndFormulaLikeTextIsQuoted() throws Exception {
        List<List<Cell>> body = List.of(
                List.of(Cell.text("=HYPERLINK(\"http://evil.example\",\"x\")", 1, "name"),
                        Cell.amount(new BigDecimal("4368.79"), false)),
                List.of(Cell.text("-1+1", 1, "name"), Cell.amount(new BigDecimal("-1.20"), false)));
        PrintedTable table = new PrintedTable("05", "公开05表", "05", "测试表", "部门：测试",
                List.of(List.of(Cell.head("项目"), Cell.head("金额"))), body, 2, List.of(), null, null);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Workbooks.write(List.of(table))))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Row first = sheet.getRow(4);
            Row second = sheet.getRow(5);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"x\")");
            assertThat(second.getCell(0).getStringCellValue()).isEqualTo("'-1+1");
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(4368.79);
            assertThat(first.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(second.getCell(1).getNumericCellValue()).isEqualTo(-1.20);
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
        }
    }
}
