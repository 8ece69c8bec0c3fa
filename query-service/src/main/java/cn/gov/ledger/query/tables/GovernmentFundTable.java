package cn.gov.ledger.query.tables;

import cn.gov.ledger.api.code.ExpenditureType;
import cn.gov.ledger.api.code.FundingSource;
import cn.gov.ledger.query.tables.TableView.Column;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** 公开07表 政府性基金预算财政拨款收入支出决算表: carried in, received, spent (basic/project), carried out. */
final class GovernmentFundTable implements TableDefinition {

    private static final List<Column> COLUMNS = List.of(
            new Column("opening_balance", "年初结转和结余"),
            new Column("income", "本年收入"),
            new Column("expenditure_total", "本年支出小计"),
            new Column("basic", "基本支出"),
            new Column("project", "项目支出"),
            new Column("closing_balance", "年末结转和结余"));

    @Override
    public String number() {
        return "07";
    }

    @Override
    public String title() {
        return "政府性基金预算财政拨款收入支出决算表";
    }

    @Override
    public TableBody build(TableInput input) {
        Map<String, long[]> byCode = new HashMap<>();
        for (CubeCell cell : input.cube().cells()) {
            if (cell.source() != FundingSource.GOVERNMENT_FUND) {
                continue;
            }
            long[] values = byCode.computeIfAbsent(cell.functionalCode(), code -> new long[COLUMNS.size()]);
            switch (cell.kind()) {
                case OPENING_BALANCE -> values[0] += cell.amountFen();
                case INCOME -> values[1] += cell.amountFen();
                case EXPENDITURE -> {
                    values[2] += cell.amountFen();
                    if (cell.expenditureType() == ExpenditureType.BASIC) {
                        values[3] += cell.amountFen();
                    } else if (cell.expenditureType() == ExpenditureType.PROJECT) {
                        values[4] += cell.amountFen();
                    }
                }
                default -> { } // budget facts are not money received or spent
            }
        }
        return new TableBody(COLUMNS, FunctionalRows.build(COLUMNS, byCode, input.names(),
                values -> values[5] = values[0] + values[1] - values[2]));
    }
}
