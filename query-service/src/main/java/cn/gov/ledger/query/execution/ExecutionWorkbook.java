package cn.gov.ledger.query.execution;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * 执行进度 as a workbook (Apache POI): the rows on one sheet and the monthly curve on another, amounts in yuan as
 * numbers formatted {@code #,##0.00}, rates as numbers with one decimal, lagging rows in bold on a tinted fill.
 */
final class ExecutionWorkbook {

    private ExecutionWorkbook() {
    }

    static byte[] write(ExecutionView view, MonthlyView monthly) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Sheet rows = workbook.createSheet("执行进度");
            text(rows.createRow(0), 0, view.fiscalYear() + "年度预算执行进度（截至 " + view.asOf() + "，时间进度 "
                    + view.timeProgress() + "%，滞后阈值 " + view.threshold() + " 个百分点）", styles.bold);
            header(rows.createRow(1), styles.bold, "编码", "名称", "功能分类", "经济分类", "支出类型", "项目",
                    "预算数（元）", "支出数（元）", "结余（元）", "执行率（%）", "与时间进度差（百分点）", "滞后");
            int r = 2;
            for (ExecutionRow row : view.rows()) {
                CellStyle amount = row.lagging() ? styles.laggingAmount : styles.amount;
                Row sheetRow = rows.createRow(r++);
                text(sheetRow, 0, row.code(), null);
                text(sheetRow, 1, "  ".repeat(Math.max(0, row.level() - 1)) + row.name(), row.lagging() ? styles.bold : null);
                text(sheetRow, 2, row.functionalCode(), null);
                text(sheetRow, 3, row.economicCode(), null);
                text(sheetRow, 4, row.expenditureType(), null);
                text(sheetRow, 5, row.project(), null);
                number(sheetRow, 6, row.budgetFen(), amount);
                number(sheetRow, 7, row.spentFen(), amount);
                number(sheetRow, 8, row.availableFen(), amount);
                number(sheetRow, 9, row.rate(), styles.percent);
                number(sheetRow, 10, row.gap(), styles.percent);
                text(sheetRow, 11, row.lagging() ? "是" : "", null);
            }
            Sheet months = workbook.createSheet("月度累计");
            header(months.createRow(0), styles.bold, "月份", "截至", "累计预算数（元）", "累计支出数（元）", "执行率（%）",
                    "时间进度（%）");
            r = 1;
            for (MonthPoint month : monthly.months()) {
                Row sheetRow = months.createRow(r++);
                sheetRow.createCell(0).setCellValue(month.month());
                text(sheetRow, 1, month.through().toString(), null);
                number(sheetRow, 2, month.budgetFen(), styles.amount);
                number(sheetRow, 3, month.spentFen(), styles.amount);
                number(sheetRow, 4, month.rate(), styles.percent);
                number(sheetRow, 5, month.timeProgress(), styles.percent);
            }
            for (Sheet sheet : List.of(rows, months)) {
                for (int c = 0; c < 12; c++) {
                    sheet.setColumnWidth(c, c == 1 ? 40 * 256 : 16 * 256);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook", e);
        }
    }

    private static void header(Row row, CellStyle style, String... labels) {
        for (int c = 0; c < labels.length; c++) {
            text(row, c, labels[c], style);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
            if (style != null) {
                row.getCell(column).setCellStyle(style);
            }
        }
    }

    /** Exact fen as a number of yuan (a cell holds a double; every fen amount below 2^53 is exact there). */
    private static void number(Row row, int column, long fen, CellStyle style) {
        row.createCell(column).setCellValue(BigDecimal.valueOf(fen, 2).doubleValue());
        row.getCell(column).setCellStyle(style);
    }

    /** A percentage with one decimal as a number; none where there is no budget to measure against. */
    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        if (value != null) {
            row.createCell(column).setCellValue(value.doubleValue());
            row.getCell(column).setCellStyle(style);
        }
    }

    private static final class Styles {
        final CellStyle bold;
        final CellStyle amount;
        final CellStyle laggingAmount;
        final CellStyle percent;

        Styles(XSSFWorkbook workbook) {
            Font strong = workbook.createFont();
            strong.setBold(true);
            bold = workbook.createCellStyle();
            bold.setFont(strong);
            amount = workbook.createCellStyle();
            amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            laggingAmount = workbook.createCellStyle();
            laggingAmount.cloneStyleFrom(amount);
            laggingAmount.setFillForegroundColor(IndexedColors.LIGHT_ORANGE.getIndex());
            laggingAmount.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
        }
    }
}
