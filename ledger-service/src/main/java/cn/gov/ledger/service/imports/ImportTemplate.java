package cn.gov.ledger.service.imports;

import cn.gov.ledger.api.code.ExpenditureType;
import cn.gov.ledger.api.code.FundingSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The empty import file a clerk starts from: the Chinese headers in the order of {@link ImportColumns}; the
 * workbook adds drop-down lists for the entry type, funding source and expenditure type, and a sheet 填写说明
 * that explains each column.
 */
final class ImportTemplate {

    private static final int ROWS = 100_000;
    private static final List<String> KINDS = List.of("预算指标", "预算调整", "收入", "支出");

    private ImportTemplate() {
    }

    static byte[] csv() {
        return ("\uFEFF" + String.join(",", ImportColumns.LABELS.values()) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("导入数据");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            List<String> fields = new ArrayList<>(ImportColumns.LABELS.keySet());
            Row header = sheet.createRow(0);
            for (int i = 0; i < fields.size(); i++) {
                header.createCell(i).setCellValue(ImportColumns.label(fields.get(i)));
                header.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, 14 * 256);
            }
            sheet.createFreezePane(0, 1);
            dropDown(sheet, fields.indexOf("type"), KINDS);
            dropDown(sheet, fields.indexOf("source"), Arrays.stream(FundingSource.values()).map(FundingSource::label).toList());
            dropDown(sheet, fields.indexOf("expenditureType"),
                    Arrays.stream(ExpenditureType.values()).map(ExpenditureType::label).toList());
            explain(workbook.createSheet("填写说明"), bold);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void dropDown(Sheet sheet, int column, List<String> values) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        var validation = helper.createValidation(helper.createExplicitListConstraint(values.toArray(String[]::new)),
                new CellRangeAddressList(1, ROWS, column, column));
        validation.setShowErrorBox(true);
        sheet.addValidationData(validation);
    }

    private static void explain(Sheet sheet, CellStyle bold) {
        Row head = sheet.createRow(0);
        List<String> titles = List.of("列", "字段", "说明");
        for (int i = 0; i < titles.size(); i++) {
            head.createCell(i).setCellValue(titles.get(i));
            head.getCell(i).setCellStyle(bold);
        }
        int r = 1;
        for (Map.Entry<String, String> column : ImportColumns.LABELS.entrySet()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(column.getValue());
            row.createCell(1).setCellValue(column.getKey());
            row.createCell(2).setCellValue(ImportColumns.HELP.get(column.getKey()));
        }
        sheet.setColumnWidth(0, 16 * 256);
        sheet.setColumnWidth(1, 18 * 256);
        sheet.setColumnWidth(2, 90 * 256);
    }
}
