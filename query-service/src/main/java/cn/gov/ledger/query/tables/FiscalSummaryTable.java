package cn.gov.ledger.query.tables;

import static cn.gov.ledger.query.projection.FactKind.EXPENDITURE;
import static cn.gov.ledger.query.projection.FactKind.INCOME;
import static cn.gov.ledger.query.projection.FactKind.OPENING_BALANCE;

import cn.gov.ledger.api.code.FundingSource;
import cn.gov.ledger.query.tables.TableView.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * 公开04表 财政拨款收入支出决算总表: the three fiscal appropriations only. Income rows fill
 * {@code amount}, expenditure rows the subtotal and one column per appropriation; each row still
 * carries every column key, the other side's as 0.00. Closing = income + opening − expenditure, per source.
 */
final class FiscalSummaryTable implements TableDefinition {

    static final List<FundingSource> FISCAL = List.of(FundingSource.GENERAL_PUBLIC_BUDGET,
            FundingSource.GOVERNMENT_FUND, FundingSource.STATE_CAPITAL);
    private static final List<Column> COLUMNS = List.of(
            new Column("amount", "决算数"),
            new Column("subtotal", "小计"),
            new Column("general_public_budget", "一般公共预算财政拨款"),
            new Column("government_fund", "政府性基金预算财政拨款"),
            new Column("state_capital", "国有资本经营预算财政拨款"));

    @Override
    public String number() {
        return "04";
    }

    @Override
    public String title() {
        return "财政拨款收入支出决算总表";
    }

    @Override
    public TableBody build(TableInput input) {
        FactCube cube = input.cube();
        long[] income = bySource(cube, cell -> cell.is(INCOME));
        long[] opening = bySource(cube, cell -> cell.is(OPENING_BALANCE));
        long[] spent = bySource(cube, cell -> cell.is(EXPENDITURE));
        long[] closing = new long[4];
        for (int i = 0; i < 4; i++) {
            closing[i] = income[i] + opening[i] - spent[i];
        }
        List<TableRow> rows = new ArrayList<>();
        for (int i = 0; i < FISCAL.size(); i++) {
            rows.add(income(FISCAL.get(i).name(), FISCAL.get(i).label(), 1, i + 1, income[i + 1]));
        }
        rows.add(income("income_total", "本年收入合计", 0, 27, income[0]));
        rows.add(income("opening_balance", "年初财政拨款结转和结余", 1, 28, opening[0]));
        for (int i = 0; i < FISCAL.size(); i++) {
            rows.add(income("opening_balance." + FISCAL.get(i).name(), FISCAL.get(i).label(), 2, 29 + i, opening[i + 1]));
        }
        rows.add(income("grand_total", "总计", 0, 32, income[0] + opening[0]));

        ExpenditureClasses.rows(input, "expenditure", 33, COLUMNS, code -> expenditureCells(
                bySource(cube, cell -> cell.is(EXPENDITURE) && cell.functionalCode().startsWith(code))))
                .forEach(rows::add);
        rows.add(expenditure("expenditure_total", "本年支出合计", 0, 59, spent));
        rows.add(expenditure("closing_balance", "年末财政拨款结转和结余", 1, 60, closing));
        for (int i = 0; i < FISCAL.size(); i++) {
            long[] one = new long[4];
            one[0] = closing[i + 1];
            one[i + 1] = closing[i + 1];
            rows.add(expenditure("closing_balance." + FISCAL.get(i).name(), FISCAL.get(i).label(), 2, 61 + i, one));
        }
        long[] grand = new long[4];
        for (int i = 0; i < 4; i++) {
            grand[i] = spent[i] + closing[i];
        }
        rows.add(expenditure("grand_total", "总计", 0, 64, grand));
        return new TableBody(COLUMNS, rows);
    }

    /** [all three, general public budget, government fund, state capital], fiscal sources only. */
    private static long[] bySource(FactCube cube, Predicate<CubeCell> filter) {
        long[] values = new long[4];
        for (int i = 0; i < FISCAL.size(); i++) {
            FundingSource source = FISCAL.get(i);
            values[i + 1] = cube.sum(cell -> cell.source() == source && filter.test(cell));
            values[0] += values[i + 1];
        }
        return values;
    }

    private static long[] expenditureCells(long[] bySource) {
        return new long[] {0, bySource[0], bySource[1], bySource[2], bySource[3]};
    }

    private static TableRow income(String key, String name, int level, int line, long amount) {
        return Rows.sided(key, null, name, level, "income", line, COLUMNS, amount);
    }

    private static TableRow expenditure(String key, String name, int level, int line, long[] bySource) {
        return Rows.sided(key, null, name, level, "expenditure", line, COLUMNS, expenditureCells(bySource));
    }
}
