package cn.gov.ledger.query.report;

import static cn.gov.ledger.api.assets.StatisticKind.DELEGATIONS_ABROAD;
import static cn.gov.ledger.api.assets.StatisticKind.DELEGATION_PEOPLE;
import static cn.gov.ledger.api.assets.StatisticKind.RECEPTION_PEOPLE;
import static cn.gov.ledger.api.assets.StatisticKind.RECEPTION_PEOPLE_DOMESTIC;
import static cn.gov.ledger.api.assets.StatisticKind.RECEPTION_PEOPLE_FOREIGN;
import static cn.gov.ledger.api.assets.StatisticKind.RECEPTION_VISITS;
import static cn.gov.ledger.api.assets.StatisticKind.RECEPTION_VISITS_DOMESTIC;
import static cn.gov.ledger.api.assets.StatisticKind.RECEPTION_VISITS_FOREIGN;
import static cn.gov.ledger.api.assets.StatisticKind.VEHICLES_ON_FISCAL_BOOKS;
import static cn.gov.ledger.api.assets.StatisticKind.VEHICLES_PURCHASED;
import static cn.gov.ledger.query.report.ReportContext.sentence;
import static cn.gov.ledger.query.report.ReportContext.wan;

import cn.gov.ledger.query.report.Report.Block;
import cn.gov.ledger.query.report.Report.Section;
import cn.gov.ledger.query.tables.TableRow;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/** 情况说明 六 to 九: basic expenditure by economic item, the two fund tables, the three public expenses. */
final class DetailSections {

    private DetailSections() {
    }

    static List<Section> write(ReportContext r, RecordFigures counts) {
        return List.of(basic(r), funds(r), stateCapital(r), threePublic(r, counts));
    }

    private static Section basic(ReportContext r) {
        List<TableRow> items = r.now().rows("06").stream().filter(row -> row.level() == 2 || row.code() == null
                && row.level() == 1).filter(row -> Amounts.ofFen(row.fen("amount")).signum() != 0).toList();
        return new Section("六、一般公共预算财政拨款基本支出决算情况说明", List.of(
                Block.paragraph(r.year() + "年度一般公共预算财政拨款基本支出" + wan(r.now().cell("05", "total", "basic")) + "，其中："),
                Block.paragraph("人员经费" + wan(r.now().cell("06", "personnel_total", "amount"))
                        + including(items.stream().filter(DetailSections::personnel).toList())),
                Block.paragraph("公用经费" + wan(r.now().cell("06", "public_total", "amount"))
                        + including(items.stream().filter(row -> !personnel(row)).toList()))));
    }

    private static Section funds(ReportContext r) {
        String empty = TableLayouts.empty(r.now().table("07"));
        YearFigures y = r.now();
        String text = empty != null ? empty : r.year() + "年度政府性基金预算财政拨款年初结转和结余"
                + wan(y.cell("07", "total", "opening_balance")) + "，本年收入" + wan(y.cell("07", "total", "income"))
                + "，本年支出" + wan(y.cell("07", "total", "expenditure_total")) + "（基本支出" + wan(y.cell("07", "total", "basic"))
                + "，项目支出" + wan(y.cell("07", "total", "project")) + "），年末结转和结余"
                + wan(y.cell("07", "total", "closing_balance")) + "。";
        return new Section("七、政府性基金预算财政拨款收入支出决算情况说明", List.of(Block.paragraph(text)));
    }

    private static Section stateCapital(ReportContext r) {
        String empty = TableLayouts.empty(r.now().table("08"));
        YearFigures y = r.now();
        String text = empty != null ? empty : r.year() + "年度国有资本经营预算财政拨款支出" + wan(y.cell("08", "total", "total"))
                + "，其中：基本支出" + wan(y.cell("08", "total", "basic")) + "，项目支出" + wan(y.cell("08", "total", "project")) + "。";
        return new Section("八、国有资本经营预算财政拨款支出决算情况说明", List.of(Block.paragraph(text)));
    }

    /** With the counts people entered: delegations, vehicles bought and held, reception visits. */
    private static Section threePublic(ReportContext r, RecordFigures f) {
        BigDecimal budget = r.now().cell("09", "total", "budget_total");
        BigDecimal actual = r.now().cell("09", "total", "actual_total");
        BigDecimal before = r.previous(y -> y.cell("09", "total", "actual_total"));
        // Off budget or off last year, the report owes a reason; on both, only a written one is printed.
        boolean owed = actual.compareTo(budget) != 0 || before != null && actual.compareTo(before) != 0;
        String reason = r.notes().row("09", "total").orElse(owed ? Annotations.MISSING : null);
        String overall = r.year() + "年度“三公”经费财政拨款支出" + planned(r, "total") + lastYear(r, "actual_total")
                + (reason == null ? "" : "主要原因：" + sentence(reason));
        return new Section("九、财政拨款“三公”经费支出决算情况说明", List.of(
                Block.heading("（一）“三公”经费财政拨款支出决算总体情况说明"), Block.paragraph(overall),
                Block.heading("（二）“三公”经费财政拨款支出决算具体情况说明"),
                Block.paragraph("1. 因公出国（境）费" + planned(r, "overseas_travel") + lastYear(r, "actual_overseas_travel")
                        + "全年支出涉及出国（境）团组" + f.count(DELEGATIONS_ABROAD) + "，累计" + f.count(DELEGATION_PEOPLE) + "。"),
                Block.paragraph("2. 公务用车购置及运行维护费" + planned(r, "vehicles") + lastYear(r, "actual_vehicles")
                        + "其中：（1）公务用车购置费支出" + wan(r.now().cell("09", "total", "actual_vehicle_purchase"))
                        + "，本年度购置（更新）公务用车" + f.count(VEHICLES_PURCHASED)
                        + "；（2）公务用车运行维护费支出" + wan(r.now().cell("09", "total", "actual_vehicle_operation"))
                        + "，截至" + f.asOf(VEHICLES_ON_FISCAL_BOOKS) + "，开支财政拨款的公务用车保有量为"
                        + f.count(VEHICLES_ON_FISCAL_BOOKS) + "。"),
                Block.paragraph("3. 公务接待费" + planned(r, "reception") + lastYear(r, "actual_reception")
                        + r.year() + "年共接待来访团组" + f.count(RECEPTION_VISITS) + "，" + f.count(RECEPTION_PEOPLE)
                        + "（不包括陪同人员），其中：外宾接待来访团组" + f.count(RECEPTION_VISITS_FOREIGN) + "，"
                        + f.count(RECEPTION_PEOPLE_FOREIGN) + "；国内公务接待来访团组" + f.count(RECEPTION_VISITS_DOMESTIC)
                        + "，" + f.count(RECEPTION_PEOPLE_DOMESTIC) + "。")));
    }

    /** "全年预算为X万元，支出决算为Y万元，完成全年预算的Z%。" for one kind of the three expenses. */
    private static String planned(ReportContext r, String kind) {
        BigDecimal budget = r.now().cell("09", "total", "budget_" + kind);
        BigDecimal actual = r.now().cell("09", "total", "actual_" + kind);
        String percent = Amounts.percent(actual, budget);
        return "全年预算为" + wan(budget) + "，支出决算为" + wan(actual) + (percent == null ? "" : "，完成全年预算的" + percent) + "。";
    }

    private static String lastYear(ReportContext r, String column) {
        Function<YearFigures, BigDecimal> figure = y -> y.cell("09", "total", column);
        BigDecimal before = r.previous(figure);
        return before == null ? "" : "较上年" + Amounts.change(figure.apply(r.now()), before) + "。";
    }

    private static boolean personnel(TableRow row) {
        return row.code() != null && (row.code().startsWith("301") || row.code().startsWith("303"));
    }

    private static String including(List<TableRow> items) {
        return items.isEmpty() ? "。" : "，主要包括：" + String.join("、", items.stream().map(TableRow::name).toList()) + "。";
    }
}
