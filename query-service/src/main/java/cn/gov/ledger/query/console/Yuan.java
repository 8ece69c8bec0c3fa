package cn.gov.ledger.query.console;

import cn.gov.ledger.api.code.Money;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * Fen as the pages print them (yuan, thousands separators, two decimals: "32,500.00"); templates call it
 * as {@code @yuan.of(fen)}, or {@code @yuan.wan(fen)} for a table's 万元.
 */
@Component("yuan")
public class Yuan {

    public String of(long fen) {
        return Money.grouped(BigDecimal.valueOf(fen, 2));
    }

    /** Fen as a 万元 figure, rounded once, half-up, grouped for reading ("4,368.79"; zero is "0.00"). */
    public String wan(long fen) {
        return Money.grouped(Money.toWanYuanDecimal(fen));
    }
}
