package cn.gov.ledger.query.report;

import cn.gov.ledger.query.report.PrintedTable.Cell;
import cn.gov.ledger.query.tables.TableRow;
import cn.gov.ledger.query.tables.TableView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tables 02, 03, 05, 07 and 08: 项目 (功能分类科目编码 类/款/项 and 科目名称) on the left, one column per
 * figure, 栏次 numbering the figures. Some figures sit under a group head as printed (05, 07, 08's
 * 本年支出); the code of a row spans the 类, 款 and 项 columns.
 */
final class FunctionalLayout {

    /** Columns of a table printed under one group head: where the group starts, how many, its label. */
    private record Group(int first, int count, String label) {
    }

    private static final Map<String, Group> GROUPS = Map.of(
            "05", new Group(0, 3, "本年支出"),
            "07", new Group(2, 3, "本年支出"),
            "08", new Group(0, 3, "本年支出"));
    private static final int LABEL_COLUMNS = 4;

    private FunctionalLayout() {
    }

    static List<List<Cell>> heads(TableView view) {
        Group group = GROUPS.get(view.table());
        List<TableView.Column> columns = view.columns();
        List<Cell> top = new ArrayList<>(List.of(Cell.head("项目", LABEL_COLUMNS, 1)));
        List<Cell> middle = new ArrayList<>(List.of(Cell.head("功能分类科目编码", 3, 1), Cell.head("科目名称")));
        List<Cell> numbers = new ArrayList<>(List.of(Cell.head("类"), Cell.head("款"), Cell.head("项"), Cell.head("栏次")));
        for (int i = 0; i < columns.size(); i++) {
            String label = columns.get(i).label();
            if (group != null && i >= group.first() && i < group.first() + group.count()) {
                if (i == group.first()) {
                    top.add(Cell.head(group.label(), group.count(), 1));
                }
                // "本年支出小计" under the head "本年支出" is printed as "小计"
                middle.add(Cell.head(label.startsWith(group.label()) ? label.substring(group.label().length()) : label));
            } else {
                top.add(Cell.head(label, 1, 2));
            }
            numbers.add(Cell.head(String.valueOf(i + 1)));
        }
        return List.of(top, middle, numbers);
    }

    static List<List<Cell>> body(TableView view) {
        List<List<Cell>> body = new ArrayList<>();
        for (TableRow row : view.rows()) {
            boolean total = row.code() == null;
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.text(total ? "" : row.code(), 3, total ? "code total" : "code"));
            cells.add(Cell.text(row.name(), 1, total ? "name total" : "name level" + row.level()));
            view.columns().forEach(column -> cells.add(Cell.amount(Amounts.ofFen(row.fen(column.key())), total)));
            body.add(cells);
        }
        return body;
    }

    static int columns(TableView view) {
        return LABEL_COLUMNS + view.columns().size();
    }
}
