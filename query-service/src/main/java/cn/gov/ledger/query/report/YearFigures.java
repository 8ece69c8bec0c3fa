package cn.gov.ledger.query.report;

import cn.gov.ledger.query.tables.TableRow;
import cn.gov.ledger.query.tables.TableView;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The nine tables of one year, read cell by cell as printed figures (万元). */
record YearFigures(int year, Map<String, TableView> tables) {

    TableView table(String number) {
        return tables.get(number);
    }

    List<TableRow> rows(String number) {
        return table(number).rows();
    }

    /** A cell of a one-sided table; zero when the row is not printed (a table prints only non-zero rows). */
    BigDecimal cell(String number, String key, String column) {
        return cell(number, null, key, column);
    }

    /** A cell of table 01 or 04, whose income and expenditure sides both have a grand_total. */
    BigDecimal cell(String number, String side, String key, String column) {
        return rows(number).stream()
                .filter(row -> row.key().equals(key) && (side == null || side.equals(row.side())))
                .findFirst().map(row -> Amounts.ofFen(row.fen(column)))
                .orElse(BigDecimal.ZERO.setScale(2));
    }

    /** The label a table prints over a column. */
    String label(String number, String column) {
        return table(number).columns().stream().filter(c -> c.key().equals(column)).findFirst()
                .map(TableView.Column::label).orElse(column);
    }
}
