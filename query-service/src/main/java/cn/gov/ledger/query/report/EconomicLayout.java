package cn.gov.ledger.query.report;

import cn.gov.ledger.query.report.PrintedTable.Cell;
import cn.gov.ledger.query.tables.TableRow;
import cn.gov.ledger.query.tables.TableView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Table 06 as printed: three blocks side by side, each 经济分类科目编码 / 科目名称 / 决算数. 人员经费
 * (301, 303) on the left, 商品和服务支出 (302) in the middle, 资本性支出 (310) and any other class on
 * the right; the last line carries 人员经费合计 and 公用经费合计.
 */
final class EconomicLayout {

    private static final String PERSONNEL_TOTAL = "personnel_total";
    private static final String PUBLIC_TOTAL = "public_total";
    private static final String AMOUNT = "amount";

    private EconomicLayout() {
    }

    static List<List<Cell>> heads() {
        List<Cell> items = new ArrayList<>();
        for (int block = 0; block < 3; block++) {
            items.addAll(List.of(Cell.head("经济分类科目编码"), Cell.head("科目名称"), Cell.head("决算数")));
        }
        return List.of(List.of(Cell.head("人员经费", 3, 1), Cell.head("公用经费", 6, 1)), items);
    }

    static List<List<Cell>> body(TableView view) {
        List<List<TableRow>> blocks = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        TableRow personnel = null;
        TableRow publicSpending = null;
        for (TableRow row : view.rows()) {
            if (row.key().equals(PERSONNEL_TOTAL)) {
                personnel = row;
            } else if (row.key().equals(PUBLIC_TOTAL)) {
                publicSpending = row;
            } else {
                blocks.get(block(row.code())).add(row);
            }
        }
        int height = blocks.stream().mapToInt(List::size).max().orElse(0);
        List<List<Cell>> body = new ArrayList<>();
        for (int i = 0; i < height; i++) {
            List<Cell> cells = new ArrayList<>();
            for (List<TableRow> block : blocks) {
                TableRow row = i < block.size() ? block.get(i) : null;
                boolean heading = row != null && row.level() == 1;
                String style = heading ? " total" : "";
                cells.add(Cell.text(row == null || row.code() == null ? "" : row.code(), 1, "code" + style));
                cells.add(Cell.text(row == null ? "" : row.name(), 1, "name" + style));
                cells.add(row == null ? Cell.text("", 1, "amount") : Cell.amount(amount(row), heading));
            }
            body.add(cells);
        }
        body.add(List.of(Cell.text(personnel == null ? "" : personnel.name(), 2, "name total"),
                Cell.amount(personnel == null ? Amounts.ofFen(0) : amount(personnel), true),
                Cell.text(publicSpending == null ? "" : publicSpending.name(), 5, "name total"),
                Cell.amount(publicSpending == null ? Amounts.ofFen(0) : amount(publicSpending), true)));
        return body;
    }

    static int columns() {
        return 9;
    }

    /** 0 personnel (301, 303), 1 goods and services (302), 2 everything else, unclassified payments too. */
    private static int block(String code) {
        if (code == null) {
            return 2;
        }
        return code.startsWith("301") || code.startsWith("303") ? 0 : code.startsWith("302") ? 1 : 2;
    }

    private static BigDecimal amount(TableRow row) {
        return Amounts.ofFen(row.fen(AMOUNT));
    }
}
