package cn.gov.ledger.query.checks;

import cn.gov.ledger.query.checks.Checker.Cell;
import cn.gov.ledger.query.checks.Checker.Signed;
import java.util.ArrayList;
import java.util.List;

/**
 * Every 类 row = sum of its 款 rows = sum of their 项 rows, and 合计 = sum of the 类 rows, in every column
 * of the tables printed by functional code (and 类 = sum of 款 in table 06). A parent is compared with
 * a level only when rows of that level are printed under it.
 */
final class RollupIdentities {

    private RollupIdentities() {
    }

    static void evaluate(Checker checker) {
        for (String table : List.of("02", "03", "05", "07", "08")) {
            if (checker.has(table + ".rollup", table)) {
                Figures figures = checker.table(table);
                compare(checker, figures, "total", "合计", 3);
                for (Figures.FigureRow row : figures.rows()) {
                    if (row.key().matches("\\d{3}")) {
                        compare(checker, figures, row.key(), row.key(), 5);
                        compare(checker, figures, row.key(), row.key(), 7);
                    } else if (row.key().matches("\\d{5}")) {
                        compare(checker, figures, row.key(), row.key(), 7);
                    }
                }
            }
        }
        if (checker.has("06.rollup", "06")) {
            for (Figures.FigureRow row : checker.table("06").rows()) {
                if (row.key().matches("\\d{3}")) {
                    compare(checker, checker.table("06"), row.key(), row.key(), 5);
                }
            }
        }
    }

    private static void compare(Checker checker, Figures figures, String parent, String parentName, int childLength) {
        String prefix = parent.equals("total") ? "" : parent;
        List<String> children = figures.rows().stream().map(Figures.FigureRow::key)
                .filter(key -> key.length() == childLength && key.matches("\\d+") && key.startsWith(prefix))
                .toList();
        if (children.isEmpty() && !parent.equals("total")) {
            return;
        }
        String level = switch (childLength) {
            case 3 -> "类";
            case 5 -> "款";
            default -> "项";
        };
        List<String> columns = figures.rows().stream().filter(row -> row.key().equals(parent)).findFirst()
                .map(row -> List.copyOf(row.cells().keySet())).orElse(List.of());
        for (String column : columns) {
            List<Signed> right = new ArrayList<>();
            children.forEach(child -> right.add(new Cell(figures.table(), child, column).plus()));
            checker.sum(figures.table() + ".rollup", figures.table() + " " + parentName + " " + column + " = Σ " + level,
                    new Cell(figures.table(), parent, column), right);
        }
    }
}
