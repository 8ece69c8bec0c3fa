package cn.gov.ledger.query.report;

import cn.gov.ledger.query.export.SafeText;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Lays printed rows onto a sheet the way an HTML table lays them out: each cell takes the next column
 * not covered by a row-spanning cell above, and a spanning cell becomes a merged region whose every
 * covered cell carries the style (so the borders of a merged head are drawn all round).
 */
final class SheetGrid {

    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 44;

    private final Sheet sheet;
    private final WorkbookStyles styles;
    private final int columns;
    private final Set<Long> covered = new HashSet<>();

    SheetGrid(Sheet sheet, WorkbookStyles styles, int columns) {
        this.sheet = sheet;
        this.styles = styles;
        this.columns = columns;
    }

    /** Places the rows from {@code firstRow} on and returns the index of the row after them. */
    int place(int firstRow, List<List<PrintedTable.Cell>> rows) {
        int rowIndex = firstRow;
        for (List<PrintedTable.Cell> printed : rows) {
            Row row = row(rowIndex);
            int column = 0;
            for (PrintedTable.Cell cell : printed) {
                while (covered.contains(key(rowIndex, column))) {
                    column++;
                }
                CellStyle style = styles.grid(cell.style());
                for (int r = rowIndex; r < rowIndex + cell.rowspan(); r++) {
                    for (int c = column; c < column + cell.colspan(); c++) {
                        covered.add(key(r, c));
                        row(r).createCell(c).setCellStyle(style);
                    }
                }
                Cell target = row.getCell(column);
                if (Workbooks.numeric(cell)) {
                    target.setCellValue(cell.amount().doubleValue());
                } else if (cell.amount() == null && !cell.shown().isEmpty()) {
                    target.setCellValue(SafeText.cell(cell.shown()));
                }
                if (cell.colspan() > 1 || cell.rowspan() > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex + cell.rowspan() - 1, column,
                            column + cell.colspan() - 1));
                }
                column += cell.colspan();
            }
            rowIndex++;
        }
        return rowIndex;
    }

    /** Widths from the longest single-column text in each column; CJK characters count double. */
    void fitColumns(PrintedTable table) {
        int[] widths = new int[columns];
        for (List<List<PrintedTable.Cell>> part : List.of(table.heads(), table.body())) {
            for (List<PrintedTable.Cell> printed : part) {
                int column = 0;
                for (PrintedTable.Cell cell : printed) {
                    if (cell.colspan() == 1 && column < columns) {
                        widths[column] = Math.max(widths[column], width(cell.shown()));
                    }
                    column += cell.colspan();
                }
            }
        }
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[c] + 2)) * 256);
        }
    }

    private static int width(String text) {
        return text.codePoints().map(point -> point > 0x2E80 ? 2 : 1).sum();
    }

    private Row row(int index) {
        return sheet.getRow(index) == null ? sheet.createRow(index) : sheet.getRow(index);
    }

    private static long key(int row, int column) {
        return ((long) row << 16) | column;
    }
}
