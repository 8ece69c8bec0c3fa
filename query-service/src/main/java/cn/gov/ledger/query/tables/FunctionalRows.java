package cn.gov.ledger.query.tables;

import cn.gov.ledger.api.code.FunctionalCode;
import cn.gov.ledger.query.tables.TableView.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The row tree of tables 02, 03, 05, 07 and 08: 合计, then every 类, 款 and 项 with a non-zero cell.
 * Lexicographic code order is the printed tree order (201 < 20103 < 2010301 < 20136).
 */
final class FunctionalRows {

    private FunctionalRows() {
    }

    /**
     * @param byCode   exact fen per column, by the functional code the facts carry (normally a 项)
     * @param complete fills derived columns (e.g. a closing balance) of every row and of 合计, from
     *                 the row's own exact figures, before it is printed
     */
    static List<TableRow> build(List<Column> columns, Map<String, long[]> byCode, NameBook names,
                                Consumer<long[]> complete) {
        TreeMap<String, long[]> tree = new TreeMap<>();
        long[] total = new long[columns.size()];
        byCode.forEach((code, values) -> {
            add(total, values);
            for (String rollUp : rollUpCodes(code)) {
                add(tree.computeIfAbsent(rollUp, key -> new long[columns.size()]), values);
            }
        });
        complete.accept(total);
        List<TableRow> rows = new ArrayList<>();
        rows.add(Rows.total(columns, total));
        tree.forEach((code, values) -> {
            complete.accept(values);
            if (!Rows.allZero(values)) {
                rows.add(Rows.code(code, names.functional(code), columns, values));
            }
        });
        return rows;
    }

    /** The code and the 类 and 款 above it: 2010301 → 201, 20103, 2010301. */
    static List<String> rollUpCodes(String code) {
        FunctionalCode functional = FunctionalCode.of(code);
        List<String> codes = new ArrayList<>(3);
        codes.add(functional.classCode());
        if (functional.sectionCode() != null) {
            codes.add(functional.sectionCode());
        }
        if (functional.isItem()) {
            codes.add(code);
        }
        return codes;
    }

    static void add(long[] into, long[] values) {
        for (int i = 0; i < into.length; i++) {
            into[i] = Math.addExact(into[i], values[i]);
        }
    }
}
