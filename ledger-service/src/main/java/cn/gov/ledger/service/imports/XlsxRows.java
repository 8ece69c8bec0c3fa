package cn.gov.ledger.service.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;

/**
 * Collects the cells of each sheet row from POI's events. The first row with any cell is the header; empty
 * cells send no event, so each cell is placed by its own reference (column letter), not by arrival order.
 */
final class XlsxRows implements SheetContentsHandler {

    private final Consumer<SheetRow> rows;
    private final Map<Integer, String> current = new TreeMap<>();
    private List<String> fields;
    private int next;

    XlsxRows(Consumer<SheetRow> rows) {
        this.rows = rows;
    }

    @Override
    public void startRow(int rowNum) {
        current.clear();
        next = 0;
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
        int column = reference == null ? next : new CellReference(reference).getCol();
        next = column + 1;
        if (value != null && !value.isBlank()) {
            current.put(column, value.strip());
        }
    }

    @Override
    public void endRow(int rowNum) {
        if (current.isEmpty()) {
            return;
        }
        if (fields == null) {
            List<String> header = new ArrayList<>();
            current.forEach((column, text) -> {
                while (header.size() < column) {
                    header.add(null);
                }
                header.add(text);
            });
            fields = ImportColumns.fields(header);
            return;
        }
        Map<String, String> cells = new HashMap<>();
        current.forEach((column, text) -> {
            if (column < fields.size() && fields.get(column) != null) {
                cells.put(fields.get(column), text);
            }
        });
        rows.accept(new SheetRow(rowNum + 1L, cells));
    }

    /** Refuses a sheet that ended without any row, header included. */
    void requireHeader() {
        if (fields == null) {
            ImportColumns.fields(List.of());
        }
    }
}
