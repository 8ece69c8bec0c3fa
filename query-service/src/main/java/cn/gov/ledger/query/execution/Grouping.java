package cn.gov.ledger.query.execution;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Exact fen as people read yuan: thousands separators, two decimals; templates call {@code fmt.yuan(fen)}. */
public final class Grouping {

    public String yuan(long fen) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(BigDecimal.valueOf(fen, 2));
    }
}
