package cn.gov.ledger.query.report;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The cell styles of one workbook, made once each (a workbook holds a limited number of styles). */
final class WorkbookStyles {

    /** Amounts print with thousands separators and two decimals; zero cells are left blank instead. */
    static final String AMOUNT_FORMAT = "#,##0.00";
    private static final String FONT = "SimSun";

    private final XSSFWorkbook workbook;
    private final Map<String, CellStyle> byKey = new HashMap<>();

    WorkbookStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    CellStyle title() {
        return byKey.computeIfAbsent("title", key -> style(HorizontalAlignment.CENTER, false, true, (short) 16));
    }

    CellStyle right() {
        return byKey.computeIfAbsent("right", key -> style(HorizontalAlignment.RIGHT, false, false, (short) 10));
    }

    CellStyle plain() {
        return byKey.computeIfAbsent("plain", key -> style(HorizontalAlignment.LEFT, false, false, (short) 10));
    }

    CellStyle small() {
        return byKey.computeIfAbsent("small", key -> style(HorizontalAlignment.LEFT, false, false, (short) 8));
    }

    /** A grid cell's style, from the printed cell's style words (head, code, line, name, amount; total, wrap). */
    CellStyle grid(String printedStyle) {
        return byKey.computeIfAbsent("grid:" + printedStyle, key -> {
            boolean head = printedStyle.contains("head");
            boolean amount = printedStyle.contains("amount");
            HorizontalAlignment align = amount ? HorizontalAlignment.RIGHT
                    : head || printedStyle.contains("code") || printedStyle.contains("line") ? HorizontalAlignment.CENTER
                    : HorizontalAlignment.LEFT;
            CellStyle style = style(align, true, printedStyle.contains("total"), (short) 10);
            style.setWrapText(head || printedStyle.contains("wrap"));
            if (head) {
                style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            if (amount) {
                style.setDataFormat(workbook.createDataFormat().getFormat(AMOUNT_FORMAT));
            }
            return style;
        });
    }

    private CellStyle style(HorizontalAlignment align, boolean bordered, boolean bold, short points) {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setFontName(FONT);
        font.setBold(bold);
        font.setFontHeightInPoints(points);
        style.setFont(font);
        style.setAlignment(align);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        if (bordered) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        return style;
    }
}
