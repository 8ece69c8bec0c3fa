package cn.gov.ledger.query.execution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** 执行率 and 时间进度 in percent, each rounded once, half-up, to one decimal, from exact fen and whole days. */
final class Rates {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Rates() {
    }

    /** spent ÷ budget × 100, or null where there is no budget to measure against. */
    static BigDecimal rate(long spentFen, long budgetFen) {
        if (budgetFen == 0) {
            return null;
        }
        return BigDecimal.valueOf(spentFen).multiply(HUNDRED).divide(BigDecimal.valueOf(budgetFen), 1,
                RoundingMode.HALF_UP);
    }

    /** Days of the year up to and including {@code day} ÷ days in the year × 100. */
    static BigDecimal timeProgress(LocalDate day) {
        return BigDecimal.valueOf(day.getDayOfYear()).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(day.lengthOfYear()), 1, RoundingMode.HALF_UP);
    }

    static String text(BigDecimal percent) {
        return percent == null ? null : percent.toPlainString();
    }
}
