package cn.gov.ledger.benchmark;

import java.time.LocalDate;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Random amounts and dates for postings. Amounts stay small (at most 999.99) so that a million rows
 * spread over the lines never come near the 1,000,000,000.00 appropriated on each of them.
 */
record Samples(RandomGenerator random, int year) {

    /** A yuan amount with two decimals, 1.00 to 999.99, as the contract wants it: a string. */
    String amount() {
        return yuan(100 + random.nextLong(99_900));
    }

    /** A business date from 2 January, the appropriation's date, to the year's last day. */
    LocalDate date() {
        LocalDate first = LocalDate.of(year, 1, 2);
        return first.plusDays(random.nextInt(first.lengthOfYear() - 1));
    }

    String economicCode() {
        return BudgetLine.ECONOMIC_CODES.get(random.nextInt(BudgetLine.ECONOMIC_CODES.size()));
    }

    static String yuan(long fen) {
        return String.format(Locale.ROOT, "%d.%02d", fen / 100, fen % 100);
    }
}
