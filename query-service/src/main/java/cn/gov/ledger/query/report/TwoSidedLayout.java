package cn.gov.ledger.query.report;

import cn.gov.ledger.query.report.PrintedTable.Cell;
import cn.gov.ledger.query.tables.TableRow;
import cn.gov.ledger.query.tables.TableView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tables 01 and 04: income on the left, expenditure on the right, each line with its 行次. Line n of
 * the income side is printed beside line n + (number of income lines) of the expenditure side, as in
 * the form; a 类 the form has no line for is printed just above the totals, beside an empty left side.
 */
final class TwoSidedLayout {

    private static final Map<String, List<String>> EXPENDITURE_KEYS = Map.of(
            "01", List.of("amount"),
            "04", List.of("subtotal", "general_public_budget", "government_fund", "state_capital"));
    private static final String INCOME_KEY = "amount";

    private TwoSidedLayout() {
    }

    static List<List<Cell>> heads(TableView view) {
        List<String> right = EXPENDITURE_KEYS.get(view.table());
        String amountLabel = label(view, INCOME_KEY);
        List<Cell> sides = List.of(Cell.head("收入", 3, 1), Cell.head("支出", 2 + right.size(), 1));
        List<Cell> numbers = new ArrayList<>(List.of(Cell.head("栏次"), Cell.head(""), Cell.head("1"),
                Cell.head("栏次"), Cell.head("")));
        for (int i = 0; i < right.size(); i++) {
            numbers.add(Cell.head(String.valueOf(i + 2)));
        }
        if (right.size() == 1) {
            return List.of(sides, List.of(Cell.head("项目"), Cell.head("行次"), Cell.head(amountLabel),
                    Cell.head("项目"), Cell.head("行次"), Cell.head(label(view, right.get(0)))), numbers);
        }
        List<Cell> items = List.of(Cell.head("项目", 1, 2), Cell.head("行次", 1, 2), Cell.head(amountLabel, 1, 2),
                Cell.head("项目", 1, 2), Cell.head("行次", 1, 2), Cell.head(amountLabel, right.size(), 1));
        return List.of(sides, items, right.stream().map(key -> Cell.head(label(view, key))).toList(), numbers);
    }

    static List<List<Cell>> body(TableView view) {
        List<String> right = EXPENDITURE_KEYS.get(view.table());
        TreeMap<Integer, TableRow> income = new TreeMap<>();
        TreeMap<Integer, TableRow> expenditure = new TreeMap<>();
        List<TableRow> unnumbered = new ArrayList<>();
        for (TableRow row : view.rows()) {
            if (row.line() == null) {
                unnumbered.add(row);
            } else {
                ("income".equals(row.side()) ? income : expenditure).put(row.line(), row);
            }
        }
        int offset = income.lastKey();
        int firstTotal = income.values().stream().filter(row -> row.level() == 0).mapToInt(TableRow::line)
                .min().orElse(offset + 1);
        List<List<Cell>> body = new ArrayList<>();
        for (int line = 1; line <= offset; line++) {
            if (line == firstTotal) {
                unnumbered.forEach(row -> body.add("income".equals(row.side()) ? pair(row, null, null, null, right)
                        : pair(null, null, row, null, right)));
            }
            body.add(pair(income.get(line), line, expenditure.get(line + offset), line + offset, right));
        }
        return body;
    }

    static int columns(TableView view) {
        return 5 + EXPENDITURE_KEYS.get(view.table()).size();
    }

    private static List<Cell> pair(TableRow left, Integer leftLine, TableRow rightRow, Integer rightLine,
                                   List<String> rightKeys) {
        List<Cell> cells = new ArrayList<>();
        side(cells, left, leftLine, List.of(INCOME_KEY));
        side(cells, rightRow, rightLine, rightKeys);
        return cells;
    }

    private static void side(List<Cell> cells, TableRow row, Integer line, List<String> keys) {
        boolean total = row != null && row.level() == 0;
        String style = total ? " total" : "";
        cells.add(Cell.text(row == null ? "" : row.name(), 1, "name" + style));
        cells.add(Cell.text(line == null ? "" : String.valueOf(line), 1, "line" + style));
        for (String key : keys) {
            cells.add(row == null ? Cell.text("", 1, "amount") : Cell.amount(Amounts.ofFen(row.fen(key)), total));
        }
    }

    private static String label(TableView view, String key) {
        return view.columns().stream().filter(column -> column.key().equals(key)).findFirst()
                .map(TableView.Column::label).orElse(key);
    }
}
