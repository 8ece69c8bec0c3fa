package cn.gov.ledger.service.imports;

import java.util.Map;

/**
 * One data row of an import file as read, before its values are understood.
 *
 * @param line  the row number the clerk sees: the sheet's row in Excel, the record's line in a CSV (header = 1)
 * @param cells field name → the cell's text, absent or null where the cell is empty
 */
record SheetRow(long line, Map<String, String> cells) {

    boolean blank() {
        return cells.values().stream().allMatch(value -> value == null || value.isBlank());
    }
}
