package cn.gov.ledger.query.console;

import cn.gov.ledger.api.code.Money;
import org.springframework.stereotype.Component;

/** Fen as the pages print them (yuan, two decimals); templates call it as {@code @yuan.of(fen)}. */
@Component("yuan")
public class Yuan {

    public String of(long fen) {
        return Money.toYuan(fen);
    }
}
