package cn.gov.ledger.query.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.query.tables.TableRow;
import cn.gov.ledger.query.tables.TableView;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A table's exact fen printed in the published layout: 万元 rounded once, separators, blank zero; numbers in XLSX. */
@Tag("fast")
class PrintedFiguresTest {

    private static final List<TableView.Column> COLUMNS = List.of(new TableView.Column("total", "本年支出小计"),
            new TableView.Column("basic", "基本支出"), new TableView.Column("project", "项目支出"));

    private static TableView table05(long... fen) {
        Map<String, Long> cells = new LinkedHashMap<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            cells.put(COLUMNS.get(i).key(), fen[i]);
        }
        TableRow total = new TableRow("total", null, "合计", 0, null, null, cells);
        return new TableView("05", "一般公共预算财政拨款支出决算表", "d", "部门", 2024, null, LocalDate.of(2024, 12, 31),
                null, 7, TableView.CURRENCY_UNIT, COLUMNS, List.of(total));
    }

    @Test
    void theHtmlLayoutPrintsGroupedWanYuanRoundedHalfUpAndBlankZero() {
        PrintedTable printed = TableLayouts.print(table05(12_345_678_905_000L, -5_000L, 4_999L), LayoutProfile.CENTRAL);

        List<String> shown = printed.body().get(0).stream().filter(cell -> cell.style().startsWith("amount"))
                .map(PrintedTable.Cell::shown).toList();

        assertThat(shown).containsExactly("12,345,678.91", "-0.01", "");
    }

    @Test
    void theWorkbookHoldsThePrintedFiguresAsNumbersAndLeavesZeroEmpty() throws Exception {
        PrintedTable printed = TableLayouts.print(table05(43_687_895_000L, -5_000L, 0L), LayoutProfile.CENTRAL);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Workbooks.write(List.of(printed))))) {
            Sheet sheet = workbook.getSheetAt(0);
            int bodyRow = 3 + printed.heads().size();
            var row = sheet.getRow(bodyRow);
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(43687.90);
            assertThat(row.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(-0.01);
            assertThat(row.getCell(6).getCellType()).isEqualTo(CellType.BLANK);
        }
    }
}
