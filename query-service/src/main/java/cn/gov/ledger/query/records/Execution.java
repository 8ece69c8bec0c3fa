package cn.gov.ledger.query.records;

/**
 * 预算数 (A), 执行数 (B) and 执行率 (B/A, two decimals) of a project or of the department, over the fiscal years
 * {@code fromYear} to {@code toYear} (several for a project that spans years); {@code retained} = A − B.
 */
public record Execution(Figure budget, Figure executed, String rate, String retained, int fromYear, int toYear) {

    static Execution of(Figure budget, Figure executed, int fromYear, int toYear) {
        return new Execution(budget, executed, Wan.share(executed.fen(), budget.fen(), 2),
                Wan.of(budget.fen() - executed.fen()), fromYear, toYear);
    }

    public boolean spansYears() {
        return fromYear < toYear;
    }
}
