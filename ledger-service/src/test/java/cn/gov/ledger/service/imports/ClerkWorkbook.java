package cn.gov.ledger.service.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook as a clerk fills it in: Chinese headers, the year, codes and amounts as numbers, the date as a
 * date cell in a Chinese format, an empty row, and a second sheet the import must ignore.
 */
final class ClerkWorkbook {

    private ClerkWorkbook() {
    }

    static byte[] bytes() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("支出");
            workbook.createSheet("其他");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            Row header = sheet.createRow(0);
            String[] titles = {"类型", "部门", "单位", "预算年度", "资金来源", "功能分类科目", "支出类型", "经济分类科目", "金额", "业务日期"};
            for (int i = 0; i < titles.length; i++) {
                header.createCell(i).setCellValue(titles[i]);
            }
            Row spend = sheet.createRow(1);
            spend.createCell(0).setCellValue("支出");
            spend.createCell(3).setCellValue(2024);
            spend.createCell(4).setCellValue("一般公共预算财政拨款");
            spend.createCell(5).setCellValue(2010350);
            spend.createCell(7).setCellValue(30201);
            spend.createCell(8).setCellValue(12000.5);
            spend.getCell(8).setCellStyle(money);
            spend.createCell(9).setCellValue(LocalDate.of(2024, 3, 15));
            spend.getCell(9).setCellStyle(date);
            Row income = sheet.createRow(3);
            income.createCell(0).setCellValue("收入");
            income.createCell(4).setCellValue("事业收入");
            income.createCell(8).setCellValue(300);
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
