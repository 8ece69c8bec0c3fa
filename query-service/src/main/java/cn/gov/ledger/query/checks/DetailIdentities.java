package cn.gov.ledger.query.checks;

import cn.gov.ledger.query.checks.Checker.Cell;
import cn.gov.ledger.query.checks.Checker.Signed;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Row identities of 02, 03, 05, 07, 08 and 09, and the basic-expenditure link between 05 and 06. */
final class DetailIdentities {

    private static final Set<String> PERSONNEL = Set.of("301", "303");

    private DetailIdentities() {
    }

    static void evaluate(Checker checker) {
        eachRow(checker, "02", "02 本年收入合计 = 财政拨款收入 + 上级补助收入 + 事业收入 + 经营收入 + 附属单位上缴收入 + 其他收入",
                "total", List.of("fiscal_appropriation", "superior_subsidy", "business", "operating",
                        "affiliated_remittance", "other"));
        eachRow(checker, "03", "03 本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出",
                "total", List.of("basic", "project", "remit_to_superior", "operating", "subsidy_to_affiliated"));
        eachRow(checker, "05", "05 小计 = 基本支出 + 项目支出", "total", List.of("basic", "project"));
        eachRow(checker, "07", "07 本年支出小计 = 基本支出 + 项目支出", "expenditure_total", List.of("basic", "project"));
        eachRow(checker, "08", "08 合计 = 基本支出 + 项目支出", "total", List.of("basic", "project"));
        if (checker.has("07.row", "07")) {
            for (Figures.FigureRow row : checker.table("07").rows()) {
                checker.sum("07.row", "07 " + row.key() + " 年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出小计",
                        new Cell("07", row.ref(), "closing_balance"), List.of(new Cell("07", row.ref(), "opening_balance").plus(),
                                new Cell("07", row.ref(), "income").plus(), new Cell("07", row.ref(), "expenditure_total").minus()));
            }
        }
        if (checker.has("09.row", "09")) {
            for (String kind : List.of("budget", "actual")) {
                checker.sum("09.row", "09 " + kind + " 公务用车购置及运行维护费 = 购置费 + 运行维护费",
                        new Cell("09", "total", kind + "_vehicles"), List.of(new Cell("09", "total", kind + "_vehicle_purchase").plus(),
                                new Cell("09", "total", kind + "_vehicle_operation").plus()));
                checker.sum("09.row", "09 " + kind + " 合计 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费",
                        new Cell("09", "total", kind + "_total"), List.of(new Cell("09", "total", kind + "_overseas_travel").plus(),
                                new Cell("09", "total", kind + "_vehicles").plus(), new Cell("09", "total", kind + "_reception").plus()));
            }
        }
        if (checker.has("05-06", "05", "06")) {
            checker.sum("05-06", "05 基本支出 = 06 人员经费合计 + 公用经费合计", new Cell("05", "total", "basic"),
                    List.of(new Cell("06", "personnel_total", "amount").plus(), new Cell("06", "public_total", "amount").plus()));
        }
        if (checker.has("06.totals", "06")) {
            List<Signed> personnel = new ArrayList<>();
            List<Signed> publicSpending = new ArrayList<>();
            for (Figures.FigureRow row : checker.table("06").rows()) {
                if (row.key().matches("\\d{3}") || row.key().equals("unclassified")) {
                    (PERSONNEL.contains(row.key()) ? personnel : publicSpending).add(new Cell("06", row.ref(), "amount").plus());
                }
            }
            checker.sum("06.totals", "06 人员经费合计 = 301 + 303", new Cell("06", "personnel_total", "amount"), personnel);
            checker.sum("06.totals", "06 公用经费合计 = 302 + 310 + 其他类", new Cell("06", "public_total", "amount"), publicSpending);
        }
    }

    private static void eachRow(Checker checker, String table, String name, String total, List<String> parts) {
        if (!checker.has(table + ".row", table)) {
            return;
        }
        for (Figures.FigureRow row : checker.table(table).rows()) {
            List<Signed> right = parts.stream().map(column -> new Cell(table, row.ref(), column).plus()).toList();
            checker.sum(table + ".row", name.replaceFirst(" ", " " + row.key() + " "), new Cell(table, row.ref(), total), right);
        }
    }
}
