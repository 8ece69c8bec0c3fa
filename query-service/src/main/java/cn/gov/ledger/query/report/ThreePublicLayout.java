package cn.gov.ledger.query.report;

import cn.gov.ledger.query.report.PrintedTable.Cell;
import cn.gov.ledger.query.tables.TableRow;
import cn.gov.ledger.query.tables.TableView;
import java.util.ArrayList;
import java.util.List;

/**
 * Table 09 as printed: 预算数 and 决算数, each 合计 / 因公出国（境）费 / 公务用车购置及运行维护费 (小计,
 * 购置费, 运行维护费) / 公务接待费, numbered 1–12; the figures are the table's columns in that order.
 */
final class ThreePublicLayout {

    private ThreePublicLayout() {
    }

    static List<List<Cell>> heads(TableView view) {
        List<Cell> kinds = new ArrayList<>();
        List<Cell> vehicles = new ArrayList<>();
        for (int half = 0; half < 2; half++) {
            kinds.addAll(List.of(Cell.head("合计", 1, 2), Cell.head("因公出国（境）费", 1, 2),
                    Cell.head("公务用车购置及运行维护费", 3, 1), Cell.head("公务接待费", 1, 2)));
            vehicles.addAll(List.of(Cell.head("小计"), Cell.head("公务用车购置费"), Cell.head("公务用车运行维护费")));
        }
        List<Cell> numbers = new ArrayList<>();
        for (int i = 1; i <= view.columns().size(); i++) {
            numbers.add(Cell.head(String.valueOf(i)));
        }
        int half = view.columns().size() / 2;
        return List.of(List.of(Cell.head("预算数", half, 1), Cell.head("决算数", half, 1)), kinds, vehicles, numbers);
    }

    static List<List<Cell>> body(TableView view) {
        List<List<Cell>> body = new ArrayList<>();
        for (TableRow row : view.rows()) {
            body.add(view.columns().stream().map(column -> Cell.amount(Amounts.ofFen(row.fen(column.key())), false))
                    .toList());
        }
        return body;
    }

    static int columns(TableView view) {
        return view.columns().size();
    }
}
