package cn.gov.ledger.query.audit;

import cn.gov.ledger.query.tables.TableFormulas;
import cn.gov.ledger.query.tables.TableFormulas.CellId;
import cn.gov.ledger.query.tables.TableRow;
import cn.gov.ledger.query.tables.TableView;
import cn.gov.ledger.query.web.BadRequestException;
import cn.gov.ledger.query.web.ProblemException;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the cell a request names. A row the table leaves out because it is all zero can still be drilled
 * when entries net to zero in it (a posting and its reversal). Tables 01 and 04 have rows on two sides
 * with the same key (grand_total); there the side must be named.
 */
final class CellLocator {

    private CellLocator() {
    }

    static CellId locate(TableFormulas formulas, String side, String rowKey, String columnKey) {
        TableView view = formulas.view();
        if (view.columns().stream().noneMatch(column -> column.key().equals(columnKey))) {
            throw ProblemException.notFound("table " + view.table() + " has no column " + columnKey
                    + "; its columns are "
                    + view.columns().stream().map(TableView.Column::key).collect(Collectors.joining(", ")));
        }
        Set<CellId> candidates = new LinkedHashSet<>();
        view.rows().stream().filter(row -> row.key().equals(rowKey) && (side == null || side.equals(row.side())))
                .forEach(row -> candidates.add(new CellId(row.side(), row.key(), columnKey)));
        formulas.terms().keySet().stream().filter(cell -> cell.rowKey().equals(rowKey)
                        && cell.columnKey().equals(columnKey) && (side == null || side.equals(cell.side())))
                .forEach(candidates::add);
        if (candidates.isEmpty()) {
            throw ProblemException.notFound("table " + view.table() + " has no row " + rowKey
                    + (side == null ? "" : " on the " + side + " side") + " in this slice");
        }
        if (candidates.size() > 1) {
            throw BadRequestException.of("side", "row " + rowKey + " is on the sides " + candidates.stream()
                    .map(CellId::side).collect(Collectors.joining(" and ")) + "; name one with side=");
        }
        return candidates.iterator().next();
    }

    /** The printed name of the cell's row, or null for a row the table leaves out. */
    static String rowName(TableView view, CellId cell) {
        return view.rows().stream().filter(row -> row.key().equals(cell.rowKey())
                        && Objects.equals(row.side(), cell.side()))
                .map(TableRow::name).findFirst().orElse(null);
    }

    static String columnLabel(TableView view, String columnKey) {
        return view.columns().stream().filter(column -> column.key().equals(columnKey))
                .map(TableView.Column::label).findFirst().orElse(null);
    }
}
