package cn.gov.ledger.query.execution;

import cn.gov.ledger.api.code.Money;
import java.math.BigDecimal;

/** Exact fen as people read yuan: thousands separators, two decimals; templates call {@code fmt.yuan(fen)}. */
public final class Grouping {

    public String yuan(long fen) {
        return Money.grouped(BigDecimal.valueOf(fen, 2));
    }
}
