package cn.gov.ledger.query.tables;

import cn.gov.ledger.query.export.CsvDownload;
import java.util.ArrayList;
import java.util.List;

/**
 * A table as CSV: header {@code key,code,name,<column keys>}, then one line per row in printed order, figures
 * in 万元 as in the JSON.
 */
public final class TableCsv {

    private TableCsv() {
    }

    /** The file in the encoding the current request asks for. */
    public static byte[] write(TableView table) {
        List<String> header = new ArrayList<>(List.of("key", "code", "name"));
        table.columns().forEach(column -> header.add(column.key()));
        List<List<String>> rows = new ArrayList<>();
        for (TableRow row : table.rows()) {
            List<String> fields = new ArrayList<>(List.of(row.key(), row.code() == null ? "" : row.code(), row.name()));
            table.columns().forEach(column -> fields.add(WanYuan.plain(row.fen(column.key()))));
            rows.add(fields);
        }
        return CsvDownload.bytes(header, rows);
    }
}
