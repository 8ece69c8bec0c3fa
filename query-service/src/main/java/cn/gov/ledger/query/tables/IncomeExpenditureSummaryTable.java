package cn.gov.ledger.query.tables;

import static cn.gov.ledger.query.projection.FactKind.EXPENDITURE;
import static cn.gov.ledger.query.projection.FactKind.INCOME;
import static cn.gov.ledger.query.projection.FactKind.OPENING_BALANCE;

import cn.gov.ledger.api.code.FundingSource;
import cn.gov.ledger.query.tables.TableView.Column;
import java.util.ArrayList;
import java.util.List;

/**
 * 公开01表 收入支出决算总表. Closing balance = income + non-appropriation balance used + opening −
 * expenditure − surplus distribution, so the two 总计 agree by construction. The ledger records no
 * use of non-appropriation balances and no surplus distribution, so those lines are zero.
 */
final class IncomeExpenditureSummaryTable implements TableDefinition {

    private static final List<Column> COLUMNS = List.of(new Column("amount", "金额"));
    private static final String INCOME_SIDE = "income";
    private static final String EXPENDITURE_SIDE = "expenditure";

    @Override
    public String number() {
        return "01";
    }

    @Override
    public String title() {
        return "收入支出决算总表";
    }

    @Override
    public TableBody build(TableInput input) {
        FactCube cube = input.cube();
        List<TableRow> rows = new ArrayList<>();
        int line = 1;
        for (FundingSource source : FundingSource.values()) {
            long amount = cube.sum(INCOME, cell -> cell.source() == source);
            rows.add(Rows.sided(source.name(), null, incomeName(source), 1, INCOME_SIDE, line++, COLUMNS, amount));
        }
        long income = cube.sum(INCOME, cell -> true);
        long nonAppropriationUsed = 0;
        long opening = cube.sum(OPENING_BALANCE, cell -> true);
        rows.add(income("income_total", "本年收入合计", 0, 27, income));
        rows.add(income("non_appropriation_balance_used", "使用非财政拨款结余（含专用结余）", 1, 28, nonAppropriationUsed));
        rows.add(income("opening_balance", "年初结转和结余", 1, 29, opening));
        rows.add(income("grand_total", "总计", 0, 30, income + nonAppropriationUsed + opening));

        ExpenditureClasses.rows(input, EXPENDITURE_SIDE, 31, COLUMNS,
                code -> new long[] {cube.sum(EXPENDITURE, cell -> cell.functionalCode().startsWith(code))})
                .forEach(rows::add);
        long expenditure = cube.sum(EXPENDITURE, cell -> true);
        long surplusDistribution = 0;
        long closing = income + nonAppropriationUsed + opening - expenditure - surplusDistribution;
        rows.add(expenditure("expenditure_total", "本年支出合计", 0, 57, expenditure));
        rows.add(expenditure("surplus_distribution", "结余分配", 1, 58, surplusDistribution));
        rows.add(expenditure("closing_balance", "年末结转和结余", 1, 59, closing));
        rows.add(expenditure("grand_total", "总计", 0, 60, expenditure + surplusDistribution + closing));
        return new TableBody(COLUMNS, rows);
    }

    /** The printed income lines: "一般公共预算财政拨款收入" for appropriations, the source's own name otherwise. */
    static String incomeName(FundingSource source) {
        return source.isFiscalAppropriation() ? source.label() + "收入" : source.label();
    }

    private static TableRow income(String key, String name, int level, int line, long amount) {
        return Rows.sided(key, null, name, level, INCOME_SIDE, line, COLUMNS, amount);
    }

    private static TableRow expenditure(String key, String name, int level, int line, long amount) {
        return Rows.sided(key, null, name, level, EXPENDITURE_SIDE, line, COLUMNS, amount);
    }
}
