package cn.gov.ledger.api.code;

/**
 * The largest amounts the ledger takes, checked before anything is appended. Sane for a public-sector office
 * (the whole national budget is some 30 万亿元) and far inside a {@code long} of fen, so that every sum the read
 * side takes over a department's lines (thousands of them) stays exact instead of overflowing.
 */
public final class AmountLimits {

    /** One posting: at most 999,999,999,999.99 yuan (under 1 万亿元), either sign. */
    public static final long ENTRY_MAX_FEN = 99_999_999_999_999L;
    /** One budget line's budget: at most 9,999,999,999,999.99 yuan (under 10 万亿元). */
    public static final long LINE_MAX_FEN = 999_999_999_999_999L;

    private AmountLimits() {
    }
}
