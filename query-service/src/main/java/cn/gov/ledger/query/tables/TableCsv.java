package cn.gov.ledger.query.tables;

import cn.gov.ledger.query.web.Csv;
import java.util.ArrayList;
import java.util.List;

/** A table as CSV: header {@code key,code,name,<column keys>}, then one line per row in printed order. */
public final class TableCsv {

    private TableCsv() {
    }

    public static String write(TableView table) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("key", "code", "name"));
        table.columns().forEach(column -> header.add(column.key()));
        csv.append(Csv.line(header)).append("\r\n");
        for (TableRow row : table.rows()) {
            List<String> fields = new ArrayList<>(List.of(row.key(), row.code() == null ? "" : row.code(), row.name()));
            table.columns().forEach(column -> fields.add(row.cells().get(column.key())));
            csv.append(Csv.line(fields)).append("\r\n");
        }
        return csv.toString();
    }
}
