package cn.gov.ledger.service.console;

import cn.gov.ledger.api.code.Money;
import java.math.BigDecimal;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Amounts as the console prints them: thousands separators and two decimals ("12,000.50"), formatted from the
 * contract's plain yuan string, exactly; templates call it as {@code @yuan.text(amount)}. The API's JSON and
 * CSV keep the plain form.
 */
@Component("yuan")
public class Yuan {

    /** "12000.50" → "12,000.50"; blank stays blank, and text that is not a figure is shown as it came. */
    public String text(Object plain) {
        String value = plain == null ? "" : plain.toString().trim();
        if (!value.matches("[+-]?\\d+(\\.\\d+)?")) {
            return value;
        }
        return Money.grouped(new BigDecimal(value));
    }

    /** A count of rows or entries with thousands separators ("100,001"). */
    public String count(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }
}
