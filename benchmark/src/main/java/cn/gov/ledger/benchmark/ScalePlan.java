package cn.gov.ledger.benchmark;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * How {@code scale} spreads its postings: {@code departments} generated departments, named so they sort in order
 * and never clash with the one-department commands' {@code bench}, each given an equal share of the postings
 * (the remainder one each to the first), every share one import file that brings its own budget.
 */
record ScalePlan(int postings, int departments) {

    static final String PREFIX = "scale-";

    ScalePlan {
        if (departments <= 0 || postings < departments) {
            throw new IllegalArgumentException("--postings (" + postings + ") must be at least --departments ("
                    + departments + ")");
        }
    }

    /** The code of department {@code index} (0-based): {@code scale-0001} onwards. */
    String department(int index) {
        return PREFIX + String.format(Locale.ROOT, "%04d", index + 1);
    }

    List<String> codes() {
        return IntStream.range(0, departments).mapToObj(this::department).toList();
    }

    /** Rows of department {@code index}'s file, its budget rows included; the shares add up to the postings. */
    int rows(int index) {
        return postings / departments + (index < postings % departments ? 1 : 0);
    }
}
