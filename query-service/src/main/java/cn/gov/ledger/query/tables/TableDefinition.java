package cn.gov.ledger.query.tables;

import cn.gov.ledger.query.tables.TableView.Column;
import java.util.List;

/** One of the nine disclosure tables: how its columns and rows follow from the facts. */
interface TableDefinition {

    String number();

    String title();

    TableBody build(TableInput input);

    /** What a definition produces from the figures: its columns and rows, without the header. */
    record TableBody(List<Column> columns, List<TableRow> rows) {
    }

    /** What a table is computed from. */
    record TableInput(FactCube cube, NameBook names, TableTemplate template) {
    }
}
