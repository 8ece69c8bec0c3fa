package cn.gov.ledger.api.code;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Amounts are integer fen inside the ledger; BigDecimal appears only here, at the edges.
 * 1 yuan = 100 fen; 1 万元 = 10,000 yuan = 1,000,000 fen.
 */
public final class Money {

    private static final BigDecimal FEN_PER_YUAN = BigDecimal.valueOf(100);
    private static final Pattern YUAN = Pattern.compile("[+-]?\\d{1,16}(\\.\\d{1,2})?");
    private static final BigDecimal FEN_PER_WAN_YUAN = BigDecimal.valueOf(1_000_000);

    private Money() {
    }

    /**
     * Parses a yuan amount with at most two decimals ("1864800.00") into fen, exactly.
     *
     * @throws IllegalArgumentException if it is not a plain number, has more than two decimals or overflows
     */
    public static long parseYuan(String yuan) {
        if (yuan == null || !YUAN.matcher(yuan.trim()).matches()) {
            throw new IllegalArgumentException("must be an amount in yuan with at most two decimals");
        }
        return new BigDecimal(yuan.trim()).multiply(FEN_PER_YUAN).longValueExact();
    }

    /** Fen as yuan with exactly two decimals: 186480000 → "1864800.00". */
    public static String toYuan(long fen) {
        return BigDecimal.valueOf(fen).divide(FEN_PER_YUAN).setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    /**
     * A plain yuan or 万元 figure ("12000.50", "-3.2") with thousands separators and two decimals, as people
     * read it ("12,000.50"); formatted from the decimal itself, never through a double.
     */
    public static String grouped(BigDecimal amount) {
        return String.format(Locale.ROOT, "%,.2f", amount);
    }

    /** Fen as 万元, rounded once, half-up, to two decimals: 4368790000 → "4368.79". */
    public static String toWanYuan(long fen) {
        return toWanYuanDecimal(fen).toPlainString();
    }

    public static BigDecimal toWanYuanDecimal(long fen) {
        return BigDecimal.valueOf(fen).divide(FEN_PER_WAN_YUAN).setScale(2, RoundingMode.HALF_UP);
    }

    /** A published 万元 figure ("4,368.79", "0.8", "") back to fen, for comparing figures printed elsewhere. */
    public static long parseWanYuan(String wan) {
        String cleaned = wan == null ? "" : wan.replace(",", "").replace(" ", "").trim();
        if (cleaned.isEmpty()) {
            return 0;
        }
        if (!cleaned.matches("[+-]?\\d{1,12}(\\.\\d{1,2})?")) {
            throw new IllegalArgumentException("must be an amount in 万元 with at most two decimals");
        }
        return new BigDecimal(cleaned).multiply(FEN_PER_WAN_YUAN).longValueExact();
    }
}
