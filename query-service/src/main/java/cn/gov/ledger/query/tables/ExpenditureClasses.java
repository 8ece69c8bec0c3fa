package cn.gov.ledger.query.tables;

import cn.gov.ledger.api.code.FunctionalCode;
import cn.gov.ledger.query.projection.FactKind;
import cn.gov.ledger.query.tables.TableView.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The expenditure side of tables 01 and 04: the template's 类 in printed order with consecutive 行次,
 * then any other 类 the ledger has spent on (no 行次: the printed form has no line for it, but leaving
 * it out would make the side not add up to 本年支出合计).
 */
final class ExpenditureClasses {

    private ExpenditureClasses() {
    }

    static List<TableRow> rows(TableDefinition.TableInput input, String side, int firstLine, List<Column> columns,
                               Function<String, long[]> figures) {
        List<TableRow> rows = new ArrayList<>();
        List<String> printed = new ArrayList<>();
        int line = firstLine;
        for (TableTemplate.Entry entry : input.template().expenditureClasses()) {
            printed.add(entry.code());
            rows.add(Rows.sided(entry.code(), entry.code(), input.names().functional(entry.code()), 1, side, line++,
                    columns, figures.apply(entry.code())));
        }
        TreeSet<String> others = new TreeSet<>();
        input.cube().cells().stream()
                .filter(cell -> cell.is(FactKind.EXPENDITURE))
                .map(cell -> FunctionalCode.of(cell.functionalCode()).classCode())
                .filter(code -> !printed.contains(code))
                .forEach(others::add);
        for (String code : others) {
            long[] values = figures.apply(code);
            if (!Rows.allZero(values)) {
                rows.add(Rows.sided(code, code, input.names().functional(code), 1, side, null, columns, values));
            }
        }
        return rows;
    }
}
