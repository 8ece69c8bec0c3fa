package cn.gov.ledger.query.console;

import cn.gov.ledger.api.code.Money;
import java.math.BigDecimal;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Fen as the pages print them (yuan, thousands separators, two decimals: "32,500.00"); templates call it
 * as {@code @yuan.of(fen)}.
 */
@Component("yuan")
public class Yuan {

    public String of(long fen) {
        return grouped(new BigDecimal(Money.toYuan(fen)));
    }

    /** A figure served in the contract's plain form ("4368.79"), grouped for reading; blank stays blank. */
    public String text(String plain) {
        return plain == null || plain.isBlank() ? "" : grouped(new BigDecimal(plain.trim()));
    }

    /** An amount with thousands separators and two decimals, as people read it ("4,368.79"). */
    static String grouped(BigDecimal amount) {
        return String.format(Locale.ROOT, "%,.2f", amount);
    }
}
