package cn.gov.ledger.query.checks;

import cn.gov.ledger.api.code.Money;
import cn.gov.ledger.query.tables.TableRow;
import cn.gov.ledger.query.tables.TableView;
import cn.gov.ledger.query.tables.WanYuan;
import cn.gov.ledger.query.web.BadRequestException;
import cn.gov.ledger.query.export.CsvText;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Takes figures from a served table (its exact fen, rounded as printed), and reads them from uploaded JSON rows
 * and from an uploaded CSV table.
 */
final class FigureReader {

    private FigureReader() {
    }

    static Figures fromView(TableView view) {
        List<Figures.FigureRow> rows = new ArrayList<>();
        for (TableRow row : view.rows()) {
            Map<String, Long> cells = new LinkedHashMap<>();
            row.cells().forEach((column, fen) -> cells.put(column, WanYuan.printedFen(fen)));
            rows.add(new Figures.FigureRow(row.key(), row.side(), cells));
        }
        return new Figures(view.table(), rows);
    }

    /** Rows as in the table JSON: key (or code), optional side, cells of 万元 strings or numbers. */
    static Figures fromJson(String table, JsonNode rowsNode, String field) {
        if (rowsNode == null || !rowsNode.isArray()) {
            throw BadRequestException.of(field, "must be the table's rows, an array");
        }
        List<Figures.FigureRow> rows = new ArrayList<>();
        SideTracker sides = new SideTracker(table);
        for (int i = 0; i < rowsNode.size(); i++) {
            JsonNode row = rowsNode.get(i);
            String where = field + "[" + i + "]";
            String key = row.hasNonNull("key") ? row.get("key").asText() : row.path("code").asText("");
            if (key.isBlank()) {
                throw BadRequestException.of(where + ".key", "every row needs a key (or a code)");
            }
            Map<String, Long> cells = new LinkedHashMap<>();
            row.path("cells").fields().forEachRemaining(cell ->
                    cells.put(cell.getKey(), amount(cell.getValue().isNull() ? "" : cell.getValue().asText(),
                            where + ".cells." + cell.getKey())));
            String side = row.hasNonNull("side") ? row.get("side").asText() : sides.sideOf(key);
            rows.add(new Figures.FigureRow(key, side, cells));
        }
        return new Figures(table, rows);
    }

    /** A table in this service's CSV layout: key, code, name, then one column per column key. */
    static Figures fromCsv(String table, String text) {
        List<List<String>> records;
        try {
            records = CsvText.parse(text);
        } catch (IllegalArgumentException e) {
            throw BadRequestException.of("body", e.getMessage());
        }
        if (records.size() < 2 || records.get(0).size() < 4 || !records.get(0).get(0).trim().equals("key")) {
            throw BadRequestException.of("body", "must be CSV with the header key,code,name,<column keys>");
        }
        List<String> header = records.get(0);
        List<Figures.FigureRow> rows = new ArrayList<>();
        SideTracker sides = new SideTracker(table);
        for (int line = 1; line < records.size(); line++) {
            List<String> record = records.get(line);
            String key = record.get(0).trim().isEmpty() && record.size() > 1 ? record.get(1).trim() : record.get(0).trim();
            Map<String, Long> cells = new LinkedHashMap<>();
            for (int column = 3; column < header.size(); column++) {
                String value = column < record.size() ? record.get(column) : "";
                cells.put(header.get(column).trim(), amount(value, "line " + (line + 1) + " " + header.get(column)));
            }
            rows.add(new Figures.FigureRow(key, sides.sideOf(key), cells));
        }
        return new Figures(table, rows);
    }

    private static long amount(String value, String field) {
        try {
            return Money.parseWanYuan(value);
        } catch (IllegalArgumentException e) {
            throw BadRequestException.of(field, "must be an amount in 万元 with at most two decimals: " + value);
        }
    }

    /**
     * Tables 01 and 04 print an income side then an expenditure side, both ending in grand_total; when
     * rows come without a side, the expenditure side starts at its first 类 row.
     */
    private static final class SideTracker {

        private final boolean twoSided;
        private boolean expenditure;

        SideTracker(String table) {
            this.twoSided = table.equals("01") || table.equals("04");
        }

        String sideOf(String key) {
            if (!twoSided) {
                return null;
            }
            expenditure = expenditure || key.matches("\\d{3}") || key.equals("expenditure_total");
            return expenditure ? "expenditure" : "income";
        }
    }
}
