package cn.gov.ledger.query.report;

import cn.gov.ledger.query.export.Downloads;
import cn.gov.ledger.query.export.SafeText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Printed tables as an XLSX workbook (Apache POI), one sheet per table: the title, number, 部门 and
 * 单位 lines, merged header cells as printed, amounts as real numbers in the format #,##0.00 (blank
 * when zero), text cells neutralised against formula injection, the header frozen and repeated on
 * every printed page, A4 landscape fitted to the page width.
 */
final class Workbooks {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final int HEAD_ROW = 3;

    private Workbooks() {
    }

    static ResponseEntity<byte[]> download(List<PrintedTable> tables, String fileName) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.disposition("attachment", fileName + ".xlsx"))
                .body(write(PublicCopy.forCurrentUser(tables)));
    }

    static byte[] write(List<PrintedTable> tables) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            for (PrintedTable table : tables) {
                sheet(workbook.createSheet(table.sheetName()), table, styles);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook", e);
        }
    }

    private static void sheet(Sheet sheet, PrintedTable table, WorkbookStyles styles) {
        int last = table.columns() - 1;
        line(sheet, 0, 0, last, table.title(), styles.title());
        line(sheet, 1, 0, last, table.label(), styles.right());
        line(sheet, 2, 0, last - 1, table.department(), styles.plain());
        sheet.getRow(2).createCell(last).setCellValue(table.currency());
        sheet.getRow(2).getCell(last).setCellStyle(styles.right());
        SheetGrid grid = new SheetGrid(sheet, styles, table.columns());
        int bodyRow = grid.place(HEAD_ROW, table.heads());
        int after = grid.place(bodyRow, table.body());
        for (String note : table.notes()) {
            line(sheet, ++after, 0, last, note, styles.plain());
        }
        if (table.emptySentence() != null) {
            line(sheet, ++after, 0, last, table.emptySentence(), styles.plain());
        }
        if (table.basis() != null) {
            line(sheet, ++after, 0, last, table.basis(), styles.small());
        }
        if (bodyRow > HEAD_ROW) {
            // a form (绩效自评表) has no header rows to hold or repeat
            sheet.createFreezePane(0, bodyRow);
            sheet.setRepeatingRows(new CellRangeAddress(HEAD_ROW, bodyRow - 1, -1, -1));
        }
        grid.fitColumns(table);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
    }

    /** One line of text across the given columns (merged when it spans more than one). */
    private static void line(Sheet sheet, int rowIndex, int first, int last, String text, CellStyle style) {
        Row row = sheet.getRow(rowIndex) == null ? sheet.createRow(rowIndex) : sheet.getRow(rowIndex);
        Cell cell = row.createCell(first);
        cell.setCellValue(SafeText.cell(text));
        cell.setCellStyle(style);
        if (last > first) {
            sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, first, last));
        }
    }

    /** Whether a grid cell is printed as a number. */
    static boolean numeric(PrintedTable.Cell cell) {
        return cell.amount() != null && cell.amount().signum() != 0;
    }
}
