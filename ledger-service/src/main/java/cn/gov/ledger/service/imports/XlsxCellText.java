package cn.gov.ledger.service.imports;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * A numeric Excel cell as the import reads it: a date cell as its ISO date, any other number in plain
 * decimal notation (2010350, not 2.01035E6; 12000.5, not "12,000.50"), whatever format shows it on screen.
 * The number is the double Excel stored, written out by its shortest exact decimal form; an amount computed
 * with more than two decimals is then refused by the validator rather than rounded here.
 */
final class XlsxCellText extends DataFormatter {

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            return DateUtil.getLocalDateTime(value).toLocalDate().toString();
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
