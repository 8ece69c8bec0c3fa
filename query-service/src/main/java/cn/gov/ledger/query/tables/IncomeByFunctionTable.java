package cn.gov.ledger.query.tables;

import cn.gov.ledger.api.code.FundingSource;
import cn.gov.ledger.query.projection.FactKind;
import cn.gov.ledger.query.tables.TableView.Column;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** 公开02表 收入决算表: income by functional code; the three appropriation sources share one column. */
final class IncomeByFunctionTable implements TableDefinition {

    private static final List<Column> COLUMNS = List.of(
            new Column("total", "本年收入合计"),
            new Column("fiscal_appropriation", "财政拨款收入"),
            new Column("superior_subsidy", "上级补助收入"),
            new Column("business", "事业收入"),
            new Column("operating", "经营收入"),
            new Column("affiliated_remittance", "附属单位上缴收入"),
            new Column("other", "其他收入"));

    @Override
    public String number() {
        return "02";
    }

    @Override
    public String title() {
        return "收入决算表";
    }

    @Override
    public TableBody build(TableInput input) {
        Map<String, long[]> byCode = new HashMap<>();
        for (CubeCell cell : input.cube().cells()) {
            if (cell.is(FactKind.INCOME)) {
                long[] values = byCode.computeIfAbsent(cell.functionalCode(), code -> new long[COLUMNS.size()]);
                values[0] += cell.amountFen();
                values[column(cell.source())] += cell.amountFen();
            }
        }
        return new TableBody(COLUMNS, FunctionalRows.build(COLUMNS, byCode, input.names(), values -> { }));
    }

    private static int column(FundingSource source) {
        return switch (source) {
            case GENERAL_PUBLIC_BUDGET, GOVERNMENT_FUND, STATE_CAPITAL -> 1;
            case SUPERIOR_SUBSIDY -> 2;
            case BUSINESS -> 3;
            case OPERATING -> 4;
            case AFFILIATED_REMITTANCE -> 5;
            case OTHER -> 6;
        };
    }
}
