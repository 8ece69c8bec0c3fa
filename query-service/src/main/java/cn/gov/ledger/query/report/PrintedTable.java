package cn.gov.ledger.query.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * One table in the published layout, ready for any renderer: the lines above it, the header rows with
 * their spans (as an HTML table would have them), the body and the lines below it.
 *
 * @param label         the number printed on it, e.g. "公开05表" (profile dependent)
 * @param heads         header rows, 栏次 row included; each cell spans columns and rows as printed
 * @param body          body rows; a cell with an amount is a number, blank when zero
 * @param columns       how many grid columns the table has
 * @param emptySentence printed under a table with nothing in it (07, 08), otherwise null
 * @param basis         which ledger state the figures are: business date, recording instant, event position
 */
record PrintedTable(String table, String label, String sheetName, String title, String department,
                    List<List<Cell>> heads, List<List<Cell>> body, int columns, List<String> notes,
                    String emptySentence, String basis) {

    static final String CURRENCY = "单位：万元";

    /** The unit line every table prints beside 部门 (public, as templates call it). */
    public String currency() {
        return CURRENCY;
    }

    /** A grid cell: a text or an amount, with its spans and a style (code, name, line, amount; total). */
    record Cell(String text, BigDecimal amount, int colspan, int rowspan, String style) {

        static Cell head(String text) {
            return new Cell(text, null, 1, 1, "head");
        }

        static Cell head(String text, int colspan, int rowspan) {
            return new Cell(text, null, colspan, rowspan, "head");
        }

        static Cell text(String text, int colspan, String style) {
            return new Cell(text, null, colspan, 1, style);
        }

        static Cell amount(BigDecimal amount, boolean total) {
            return new Cell(null, amount, 1, 1, total ? "amount total" : "amount");
        }

        /** What is shown: the text, or the amount as a table prints it (plain, blank for zero). */
        public String shown() {
            return amount != null ? Amounts.cell(amount) : text == null ? "" : text;
        }
    }
}
