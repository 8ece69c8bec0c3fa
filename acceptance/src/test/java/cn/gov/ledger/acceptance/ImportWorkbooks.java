package cn.gov.ledger.acceptance;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Excel workbooks as a clerk keeps postings: Chinese headers, Chinese values, codes with their names, amounts
 * and dates as numeric cells. Written with POI's streaming writer, so 100,000 rows cost little memory here too.
 */
final class ImportWorkbooks {

    private static final String[] HEADERS = {"类型", "部门", "单位", "预算年度", "资金来源", "功能分类科目", "支出类型",
        "经济分类科目", "金额", "业务日期", "凭证号", "收款单位", "摘要"};

    private ImportWorkbooks() {
    }

    /**
     * One appropriation of {@code budget} yuan, then {@code expenditures} expenditures of {@code amount} yuan
     * each; {@code badAmountRow} (a sheet row, or 0) carries a negative amount instead.
     */
    static Path write(String department, String unit, double budget, int expenditures, double amount,
                      int badAmountRow) throws IOException {
        Path file = Files.createTempFile("postings-", ".xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("记账");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                header.createCell(i).setCellValue(HEADERS[i]);
            }
            row(sheet.createRow(1), "预算指标", department, unit, budget, "", money, date);
            for (int i = 0; i < expenditures; i++) {
                int sheetRow = i + 3;
                Row row = sheet.createRow(sheetRow - 1);
                row(row, "支出", department, unit, sheetRow == badAmountRow ? -amount : amount,
                        "30201 办公费", money, date);
                row.createCell(10).setCellValue("记-2024-" + (i + 1));
                row.createCell(11).setCellValue("武汉某文具公司");
            }
            workbook.write(out);
            workbook.dispose();
        }
        return file;
    }

    private static void row(Row row, String type, String department, String unit, double amount, String economic,
                            CellStyle money, CellStyle date) {
        row.createCell(0).setCellValue(type);
        row.createCell(1).setCellValue(department);
        row.createCell(2).setCellValue(unit);
        row.createCell(3).setCellValue(2024);
        row.createCell(4).setCellValue("一般公共预算财政拨款");
        row.createCell(5).setCellValue("2010350 事业运行");
        row.createCell(6).setCellValue("基本支出");
        row.createCell(7).setCellValue(economic);
        row.createCell(8).setCellValue(amount);
        row.getCell(8).setCellStyle(money);
        row.createCell(9).setCellValue(LocalDate.of(2024, 3, 15));
        row.getCell(9).setCellStyle(date);
        row.createCell(12).setCellValue(type.equals("支出") ? "办公用品" : "年初预算");
    }
}
