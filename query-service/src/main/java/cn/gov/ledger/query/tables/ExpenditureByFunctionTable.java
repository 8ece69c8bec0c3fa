package cn.gov.ledger.query.tables;

import cn.gov.ledger.api.code.ExpenditureType;
import cn.gov.ledger.api.code.FundingSource;
import cn.gov.ledger.query.projection.FactKind;
import cn.gov.ledger.query.tables.TableView.Column;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Expenditure by functional code and expenditure type: 公开03表 over every source, 公开05表 for the
 * general public budget and 公开08表 for state capital. The first column is the row's whole
 * expenditure; the others are the types the table prints.
 */
final class ExpenditureByFunctionTable implements TableDefinition {

    private static final List<Column> ALL_TYPES = List.of(
            new Column("total", "本年支出合计"),
            new Column("basic", "基本支出"),
            new Column("project", "项目支出"),
            new Column("remit_to_superior", "上缴上级支出"),
            new Column("operating", "经营支出"),
            new Column("subsidy_to_affiliated", "对附属单位补助支出"));

    private final String number;
    private final String title;
    private final FundingSource source;
    private final List<Column> columns;

    private ExpenditureByFunctionTable(String number, String title, FundingSource source, List<Column> columns) {
        this.number = number;
        this.title = title;
        this.source = source;
        this.columns = columns;
    }

    static ExpenditureByFunctionTable allSources() {
        return new ExpenditureByFunctionTable("03", "支出决算表", null, ALL_TYPES);
    }

    static ExpenditureByFunctionTable generalPublicBudget() {
        return new ExpenditureByFunctionTable("05", "一般公共预算财政拨款支出决算表", FundingSource.GENERAL_PUBLIC_BUDGET,
                List.of(new Column("total", "小计"), new Column("basic", "基本支出"), new Column("project", "项目支出")));
    }

    static ExpenditureByFunctionTable stateCapital() {
        return new ExpenditureByFunctionTable("08", "国有资本经营预算财政拨款支出决算表", FundingSource.STATE_CAPITAL,
                List.of(new Column("total", "合计"), new Column("basic", "基本支出"), new Column("project", "项目支出")));
    }

    @Override
    public String number() {
        return number;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public TableBody build(TableInput input) {
        Map<String, long[]> byCode = new HashMap<>();
        for (CubeCell cell : input.cube().cells()) {
            if (cell.is(FactKind.EXPENDITURE) && (source == null || cell.source() == source)) {
                long[] values = byCode.computeIfAbsent(cell.functionalCode(), code -> new long[columns.size()]);
                values[0] += cell.amountFen();
                int column = column(cell.expenditureType());
                if (column < columns.size()) {
                    values[column] += cell.amountFen();
                }
            }
        }
        return new TableBody(columns, FunctionalRows.build(columns, byCode, input.names(), values -> { }));
    }

    /** Column of a type in ALL_TYPES order; the narrower tables simply stop after 项目支出. */
    private static int column(ExpenditureType type) {
        return type == null ? Integer.MAX_VALUE : type.ordinal() + 1;
    }
}
