package cn.gov.ledger.query.checks;

import java.util.List;
import java.util.Map;

/**
 * One table's printed figures, in fen of the printed (already rounded) 万元 values. Rows are found by
 * {@link FigureRow#ref()}: the row key, prefixed by the side in the two-sided tables 01 and 04, where
 * both sides have a {@code grand_total}.
 */
record Figures(String table, List<FigureRow> rows) {

    long value(String rowRef, String column) {
        return rows.stream().filter(row -> row.ref().equals(rowRef)).findFirst()
                .map(row -> row.cells().getOrDefault(column, 0L)).orElse(0L);
    }

    /** @param side "income" or "expenditure" in tables 01 and 04, null elsewhere */
    record FigureRow(String key, String side, Map<String, Long> cells) {

        String ref() {
            return side == null ? key : side + ":" + key;
        }
    }
}
