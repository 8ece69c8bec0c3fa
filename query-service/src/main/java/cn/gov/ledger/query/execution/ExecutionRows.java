package cn.gov.ledger.query.execution;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The rows of a view from each line's sums: 合计, then the 类/款/项 tree in code order (lexicographic order is
 * the printed tree order), or one row per line. A row with neither budget nor spending is left out.
 */
final class ExecutionRows {

    private static final Comparator<LineKey> LINE_ORDER = Comparator.comparing(LineKey::functionalCode)
            .thenComparing(LineKey::expenditureType, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(LineKey::project, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(LineKey::economicCode, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(LineKey::source).thenComparing(LineKey::unit).thenComparing(LineKey::lineId);

    private final BigDecimal timeProgress;
    private final BigDecimal threshold;
    private final UnaryOperator<String> names;

    ExecutionRows(BigDecimal timeProgress, BigDecimal threshold, UnaryOperator<String> names) {
        this.timeProgress = timeProgress;
        this.threshold = threshold;
        this.names = names;
    }

    List<ExecutionRow> functional(Map<String, LineSums> lines) {
        TreeMap<String, long[]> tree = new TreeMap<>();
        long[] total = new long[2];
        lines.values().forEach(sums -> {
            long[] figures = {sums.budgetFen(), sums.spentFen()};
            add(total, figures);
            rollUp(sums.line().functionalCode()).forEach(code -> add(tree.computeIfAbsent(code, key -> new long[2]),
                    figures));
        });
        List<ExecutionRow> rows = new ArrayList<>();
        rows.add(row("total", null, "合计", 0, null, total[0], total[1]));
        tree.forEach((code, figures) -> {
            if (figures[0] != 0 || figures[1] != 0) {
                rows.add(row(code, code, names.apply(code), code.length() == 3 ? 1 : code.length() == 5 ? 2 : 3, null,
                        figures[0], figures[1]));
            }
        });
        return rows;
    }

    List<ExecutionRow> byLine(Map<String, LineSums> lines) {
        long budget = 0;
        long spent = 0;
        List<LineSums> shown = new ArrayList<>();
        for (LineSums sums : lines.values()) {
            budget = Math.addExact(budget, sums.budgetFen());
            spent = Math.addExact(spent, sums.spentFen());
            if (sums.budgetFen() != 0 || sums.spentFen() != 0) {
                shown.add(sums);
            }
        }
        shown.sort(Comparator.comparing(LineSums::line, LINE_ORDER));
        List<ExecutionRow> rows = new ArrayList<>();
        rows.add(row("total", null, "合计", 0, null, budget, spent));
        shown.forEach(sums -> rows.add(row(sums.line().lineId(), null,
                names.apply(sums.line().functionalCode()), 1, sums.line(), sums.budgetFen(), sums.spentFen())));
        return rows;
    }

    private ExecutionRow row(String key, String code, String name, int level, LineKey line, long budgetFen,
                             long spentFen) {
        BigDecimal rate = Rates.rate(spentFen, budgetFen);
        BigDecimal gap = rate == null ? null : rate.subtract(timeProgress);
        boolean lagging = gap != null && gap.compareTo(threshold.negate()) < 0;
        return new ExecutionRow(key, code, name, level, line == null ? null : line.functionalCode(),
                line == null ? null : line.economicCode(), line == null ? null : line.source(),
                line == null ? null : line.expenditureType(), line == null ? null : line.project(),
                line == null ? null : line.unit(), budgetFen, spentFen, rate, gap, lagging);
    }

    /** The code and the 类 and 款 above it: 2010301 → 201, 20103, 2010301. */
    static List<String> rollUp(String code) {
        List<String> codes = new ArrayList<>(3);
        for (int length : new int[] {3, 5, 7}) {
            if (code.length() >= length) {
                codes.add(code.substring(0, length));
            }
        }
        return codes;
    }

    private static void add(long[] into, long[] values) {
        for (int i = 0; i < into.length; i++) {
            into[i] = Math.addExact(into[i], values[i]);
        }
    }
}
