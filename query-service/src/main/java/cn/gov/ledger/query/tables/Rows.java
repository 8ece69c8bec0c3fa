package cn.gov.ledger.query.tables;

import cn.gov.ledger.query.tables.TableView.Column;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns exact fen figures into rows, every column present; rounding waits for printing ({@link WanYuan}). */
final class Rows {

    static final String TOTAL = "total";
    static final String TOTAL_NAME = "合计";

    private Rows() {
    }

    static Map<String, Long> cells(List<Column> columns, long... fen) {
        Map<String, Long> cells = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            cells.put(columns.get(i).key(), i < fen.length ? fen[i] : 0L);
        }
        return cells;
    }

    static TableRow total(List<Column> columns, long... fen) {
        return new TableRow(TOTAL, null, TOTAL_NAME, 0, null, null, cells(columns, fen));
    }

    static TableRow code(String code, String name, List<Column> columns, long... fen) {
        return new TableRow(code, code, name, levelOf(code), null, null, cells(columns, fen));
    }

    static TableRow sided(String key, String code, String name, int level, String side, Integer line,
                          List<Column> columns, long... fen) {
        return new TableRow(key, code, name, level, side, line, cells(columns, fen));
    }

    /** 类 = 1, 款 = 2, 项 = 3, from the code's length (3, 5 or 7 digits). */
    static int levelOf(String code) {
        return switch (code.length()) {
            case 3 -> 1;
            case 5 -> 2;
            default -> 3;
        };
    }

    static boolean allZero(long[] fen) {
        for (long value : fen) {
            if (value != 0) {
                return false;
            }
        }
        return true;
    }
}
