package cn.gov.ledger.query.records;

import cn.gov.ledger.api.code.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact fen as the printed 万元 figure, and shares computed from printed figures, as a reader would. */
public final class Wan {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Wan() {
    }

    /** "1925.61": two decimals, rounded half-up once. */
    public static String of(long fen) {
        return Money.toWanYuanDecimal(fen).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** part ÷ whole of the printed figures as "79.8%" ({@code decimals} = 1) or "94.76%"; null when whole is 0. */
    public static String share(long partFen, long wholeFen, int decimals) {
        BigDecimal whole = new BigDecimal(of(wholeFen));
        if (whole.signum() == 0) {
            return null;
        }
        return new BigDecimal(of(partFen)).multiply(HUNDRED).divide(whole, decimals, RoundingMode.HALF_UP)
                .toPlainString() + "%";
    }
}
