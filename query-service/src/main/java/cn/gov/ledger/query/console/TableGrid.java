package cn.gov.ledger.query.console;

import cn.gov.ledger.query.tables.TableRow;
import cn.gov.ledger.query.tables.TableView;
import cn.gov.ledger.query.tables.WanYuan;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A served table laid out for the page: every row with every column, figures with thousands separators, zero
 * left blank as the published layout prints it, and each figure that is not zero a link to its drill-down.
 */
record TableGrid(List<TableView.Column> columns, List<Line> lines, boolean twoSided) {

    /** A printed row; {@code side} is set where the table has two (01, 04), {@code line} is its 行次. */
    record Line(String side, String code, String name, int level, Integer line, List<Cell> cells) {

        public boolean total() {
            return level == 0;
        }
    }

    /** @param href null for a blank (zero) cell */
    record Cell(String columnKey, String value, String href) {
    }

    static TableGrid of(TableView view, BiFunction<TableRow, String, String> href) {
        List<Line> lines = view.rows().stream().map(row -> new Line(row.side(), row.code(), row.name(), row.level(),
                row.line(), view.columns().stream().map(column -> cell(row, column.key(), href)).toList())).toList();
        return new TableGrid(view.columns(), lines, view.rows().stream().anyMatch(row -> row.side() != null));
    }

    private static Cell cell(TableRow row, String columnKey, BiFunction<TableRow, String, String> href) {
        String value = WanYuan.grouped(row.fen(columnKey));
        return new Cell(columnKey, value, value.isEmpty() ? null : href.apply(row, columnKey));
    }
}
