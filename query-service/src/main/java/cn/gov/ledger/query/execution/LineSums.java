package cn.gov.ledger.query.execution;

/** A line's budget and spending in exact fen, month by month (index 0 = January), within a slice. */
record LineSums(LineKey line, long[] budget, long[] spent) {

    static LineSums empty(LineKey line) {
        return new LineSums(line, new long[12], new long[12]);
    }

    LineSums plus(LineSums other) {
        LineSums sum = empty(line.or(other.line));
        for (int m = 0; m < 12; m++) {
            sum.budget[m] = Math.addExact(budget[m], other.budget[m]);
            sum.spent[m] = Math.addExact(spent[m], other.spent[m]);
        }
        return sum;
    }

    long budgetFen() {
        return upTo(budget, 11);
    }

    long spentFen() {
        return upTo(spent, 11);
    }

    static long upTo(long[] months, int lastMonth) {
        long total = 0;
        for (int m = 0; m <= lastMonth; m++) {
            total = Math.addExact(total, months[m]);
        }
        return total;
    }
}
