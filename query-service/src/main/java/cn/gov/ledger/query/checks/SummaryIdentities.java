package cn.gov.ledger.query.checks;

import cn.gov.ledger.query.checks.Checker.Cell;
import java.util.List;

/** The identities of the two summary tables, 01 and 04, and those tying them to 02, 03 and 05. */
final class SummaryIdentities {

    private static final List<String> FISCAL = List.of("GENERAL_PUBLIC_BUDGET", "GOVERNMENT_FUND", "STATE_CAPITAL");
    private static final List<String> FISCAL_COLUMNS = List.of("general_public_budget", "government_fund",
            "state_capital");

    private SummaryIdentities() {
    }

    static void evaluate(Checker checker) {
        if (checker.has("01-02", "01", "02")) {
            checker.same("01-02", "01 本年收入合计 = 02 合计 本年收入合计",
                    new Cell("01", "income:income_total", "amount"), new Cell("02", "total", "total"));
        }
        if (checker.has("01-03", "01", "03")) {
            checker.same("01-03", "01 本年支出合计 = 03 合计 本年支出合计",
                    new Cell("01", "expenditure:expenditure_total", "amount"), new Cell("03", "total", "total"));
        }
        if (checker.has("01.totals", "01")) {
            checker.sum("01.totals", "01 总计(收入) = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余",
                    one("income:grand_total"), List.of(one("income:income_total").plus(),
                            one("income:non_appropriation_balance_used").plus(), one("income:opening_balance").plus()));
            checker.sum("01.totals", "01 总计(支出) = 本年支出合计 + 结余分配 + 年末结转和结余",
                    one("expenditure:grand_total"), List.of(one("expenditure:expenditure_total").plus(),
                            one("expenditure:surplus_distribution").plus(), one("expenditure:closing_balance").plus()));
            checker.same("01.totals", "01 总计(收入) = 总计(支出)",
                    one("income:grand_total"), one("expenditure:grand_total"));
        }
        if (checker.has("04.totals", "04")) {
            checker.same("04.totals", "04 总计(收入) = 总计(支出) 小计",
                    new Cell("04", "income:grand_total", "amount"), new Cell("04", "expenditure:grand_total", "subtotal"));
            for (String column : List.of("subtotal", "general_public_budget", "government_fund", "state_capital")) {
                checker.sum("04.totals", "04 总计 " + column + " = 本年支出合计 + 年末财政拨款结转和结余",
                        new Cell("04", "expenditure:grand_total", column),
                        List.of(new Cell("04", "expenditure:expenditure_total", column).plus(),
                                new Cell("04", "expenditure:closing_balance", column).plus()));
            }
        }
        if (checker.has("01-04", "01", "04")) {
            for (String source : FISCAL) {
                checker.same("01-04", "01 " + source + " 收入 = 04 " + source + " 收入",
                        one("income:" + source), new Cell("04", "income:" + source, "amount"));
            }
        }
        if (checker.has("04-05", "04", "05")) {
            checker.same("04-05", "04 本年支出合计 一般公共预算财政拨款 = 05 合计 小计",
                    new Cell("04", "expenditure:expenditure_total", FISCAL_COLUMNS.get(0)), new Cell("05", "total", "total"));
            for (Figures.FigureRow row : checker.table("04").rows()) {
                if ("expenditure".equals(row.side()) && row.key().matches("\\d{3}")) {
                    checker.same("04-05", "04 " + row.key() + " 一般公共预算财政拨款 = 05 " + row.key() + " 小计",
                            new Cell("04", row.ref(), FISCAL_COLUMNS.get(0)), new Cell("05", row.key(), "total"));
                }
            }
        }
    }

    private static Cell one(String row) {
        return new Cell("01", row, "amount");
    }
}
