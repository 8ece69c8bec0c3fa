package cn.gov.ledger.query.console;

import cn.gov.ledger.api.code.Money;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * Fen as the pages print them (yuan, thousands separators, two decimals: "32,500.00"); templates call it
 * as {@code @yuan.of(fen)}.
 */
@Component("yuan")
public class Yuan {

    public String of(long fen) {
        return Money.grouped(new BigDecimal(Money.toYuan(fen)));
    }

    /** A figure served in the contract's plain form ("4368.79"), grouped for reading; blank stays blank. */
    public String text(String plain) {
        return plain == null || plain.isBlank() ? "" : Money.grouped(new BigDecimal(plain.trim()));
    }
}
