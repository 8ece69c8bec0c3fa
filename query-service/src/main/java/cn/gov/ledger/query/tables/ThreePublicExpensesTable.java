package cn.gov.ledger.query.tables;

import cn.gov.ledger.query.projection.FactKind;
import cn.gov.ledger.query.tables.TableView.Column;
import java.util.List;

/**
 * 公开09表 财政拨款"三公"经费支出决算表, fiscal-appropriation money only. 决算数 are payments with the
 * four "三公" economic codes; 预算数 is the adjusted budget (appropriations plus adjustments, reversals
 * included) of the lines kept per those codes.
 */
final class ThreePublicExpensesTable implements TableDefinition {

    static final String OVERSEAS_TRAVEL = "30212";
    static final String VEHICLE_PURCHASE = "31013";
    static final String VEHICLE_OPERATION = "30231";
    static final String RECEPTION = "30217";

    private static final List<Column> COLUMNS = List.of(
            new Column("budget_total", "预算数 合计"),
            new Column("budget_overseas_travel", "预算数 因公出国（境）费"),
            new Column("budget_vehicles", "预算数 公务用车购置及运行维护费 小计"),
            new Column("budget_vehicle_purchase", "预算数 公务用车购置费"),
            new Column("budget_vehicle_operation", "预算数 公务用车运行维护费"),
            new Column("budget_reception", "预算数 公务接待费"),
            new Column("actual_total", "决算数 合计"),
            new Column("actual_overseas_travel", "决算数 因公出国（境）费"),
            new Column("actual_vehicles", "决算数 公务用车购置及运行维护费 小计"),
            new Column("actual_vehicle_purchase", "决算数 公务用车购置费"),
            new Column("actual_vehicle_operation", "决算数 公务用车运行维护费"),
            new Column("actual_reception", "决算数 公务接待费"));

    @Override
    public String number() {
        return "09";
    }

    @Override
    public String title() {
        return "财政拨款“三公”经费支出决算表";
    }

    @Override
    public TableBody build(TableInput input) {
        long[] budget = figures(input.cube(), true);
        long[] actual = figures(input.cube(), false);
        long[] cells = new long[12];
        System.arraycopy(budget, 0, cells, 0, 6);
        System.arraycopy(actual, 0, cells, 6, 6);
        return new TableBody(COLUMNS, List.of(Rows.total(COLUMNS, cells)));
    }

    /** [total, overseas, vehicles, purchase, operation, reception]. */
    private static long[] figures(FactCube cube, boolean budget) {
        long overseas = sum(cube, budget, OVERSEAS_TRAVEL);
        long purchase = sum(cube, budget, VEHICLE_PURCHASE);
        long operation = sum(cube, budget, VEHICLE_OPERATION);
        long reception = sum(cube, budget, RECEPTION);
        long vehicles = purchase + operation;
        return new long[] {overseas + vehicles + reception, overseas, vehicles, purchase, operation, reception};
    }

    private static long sum(FactCube cube, boolean budget, String economicCode) {
        return cube.sum(cell -> cell.fiscal() && economicCode.equals(cell.economicCode())
                && (budget ? cell.is(FactKind.APPROPRIATION) || cell.is(FactKind.ADJUSTMENT)
                           : cell.is(FactKind.EXPENDITURE)));
    }
}
