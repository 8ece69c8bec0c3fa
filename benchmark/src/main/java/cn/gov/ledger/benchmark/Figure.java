package cn.gov.ledger.benchmark;

import java.util.Locale;

/** One row of a results table: what was measured, the target it is held to (if any), and whether it met it. */
record Figure(String name, String value, String target, String verdict) {

    static Figure of(String name, String value) {
        return new Figure(name, value, "", "");
    }

    static Figure atLeast(String name, double measured, double target, String unit) {
        return new Figure(name, number(measured) + " " + unit, "≥ " + number(target) + " " + unit,
                measured >= target ? "met" : "NOT met");
    }

    static Figure atMost(String name, double measured, double target, String unit) {
        return new Figure(name, decimal(measured) + " " + unit, "≤ " + number(target) + " " + unit,
                measured <= target ? "met" : "NOT met");
    }

    /** The service's figure as a fraction of plain PostgreSQL's on the same server in the same run. */
    static Figure ratio(String name, double measured, double anchor) {
        return of(name, String.format(Locale.ROOT, "%.3f", measured / anchor));
    }

    String row() {
        return "| " + name + " | " + value + " | " + target + " | " + verdict + " |";
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
