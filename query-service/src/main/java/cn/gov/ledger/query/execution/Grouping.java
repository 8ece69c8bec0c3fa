package cn.gov.ledger.query.execution;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Yuan as people read them: thousands separators, two decimals (templates call {@code fmt.yuan(text)}). */
public final class Grouping {

    public String yuan(String plain) {
        if (plain == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(new BigDecimal(plain));
    }

    public String yuan(long fen) {
        return yuan(BigDecimal.valueOf(fen, 2).toPlainString());
    }
}
