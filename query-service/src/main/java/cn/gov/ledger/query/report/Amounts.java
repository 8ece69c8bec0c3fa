package cn.gov.ledger.query.report;

import cn.gov.ledger.api.code.Money;
import cn.gov.ledger.query.tables.WanYuan;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How figures are printed. Percentages are computed from the printed (rounded) 万元 figures, as a reader
 * checking the text with a calculator would, and rounded half-up to one decimal, once. (The customer's
 * own text prints 下降31.7% for 2,022.81 ÷ 6,391.60 = 31.648%, and 82.8% for 14.05 ÷ 17.52 = 80.19%; a
 * report written from the ledger prints what the division gives: 31.6% and 80.2%.)
 */
final class Amounts {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Amounts() {
    }

    /** Exact fen (a table cell, a budget) as the printed 万元 figure, rounded once. */
    static BigDecimal ofFen(long fen) {
        return WanYuan.of(fen);
    }

    /** In a printed table: thousands separators, two decimals, and a blank cell for zero, as published. */
    static String cell(BigDecimal wan) {
        return wan.signum() == 0 ? "" : text(wan);
    }

    /** In a sentence: thousands separators and two decimals ("2,022.81"). */
    static String text(BigDecimal wan) {
        return Money.grouped(wan);
    }

    /** part ÷ whole as "38.3%", or null when the whole is zero and there is no share to speak of. */
    static String percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /**
     * The change from last year in the seed's words: "减少2,022.81万元，下降31.6%", "增加…，增长…",
     * "持平"; without a percentage when last year was zero.
     */
    static String change(BigDecimal current, BigDecimal previous) {
        BigDecimal difference = current.subtract(previous);
        if (difference.signum() == 0) {
            return "持平";
        }
        boolean up = difference.signum() > 0;
        String amount = (up ? "增加" : "减少") + text(difference.abs()) + "万元";
        String share = percent(difference.abs(), previous);
        return share == null ? amount : amount + "，" + (up ? "增长" : "下降") + share;
    }
}
