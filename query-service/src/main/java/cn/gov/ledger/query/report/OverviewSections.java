package cn.gov.ledger.query.report;

import static cn.gov.ledger.query.report.ReportContext.wan;

import cn.gov.ledger.api.code.FundingSource;
import cn.gov.ledger.query.report.Report.Block;
import cn.gov.ledger.query.report.Report.Section;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** 情况说明 一 to 四: totals, income, expenditure and fiscal appropriations, each against last year. */
final class OverviewSections {

    private static final List<String> INCOME_COLUMNS = List.of("fiscal_appropriation", "superior_subsidy", "business",
            "operating", "affiliated_remittance", "other");
    private static final List<String> EXPENDITURE_COLUMNS = List.of("basic", "project", "remit_to_superior",
            "operating", "subsidy_to_affiliated");
    private static final String GRAND = "grand_total";

    private OverviewSections() {
    }

    static List<Section> write(ReportContext r) {
        return List.of(totals(r), income(r), expenditure(r), fiscal(r));
    }

    private static Section totals(ReportContext r) {
        Function<YearFigures, BigDecimal> income = y -> y.cell("01", "income", GRAND, "amount");
        Function<YearFigures, BigDecimal> spent = y -> y.cell("01", "expenditure", GRAND, "amount");
        String text = r.year() + "年度" + both("收、支总计", "收入总计", "支出总计", income.apply(r.now()), spent.apply(r.now()))
                + r.compared("收、支总计", income, "01", GRAND);
        return new Section("一、收入支出决算总体情况说明", List.of(Block.paragraph(text),
                Block.figure("图1：收、支决算总计变动情况", Charts.bars("chart-1", byYear(r, "收入总计", income, "支出总计", spent)))));
    }

    private static Section income(ReportContext r) {
        Function<YearFigures, BigDecimal> total = y -> y.cell("01", "income", "income_total", "amount");
        StringBuilder text = new StringBuilder(r.year() + "年度收入合计" + wan(total.apply(r.now())) + "，"
                + r.compared("收入合计", total, "01", "income_total"));
        Map<String, BigDecimal> shares = shares(r.now(), "02", INCOME_COLUMNS);
        text.append(structure(shares, total.apply(r.now()), "占本年收入"));
        return new Section("二、收入决算情况说明", List.of(Block.paragraph(text.toString()),
                Block.figure("图2：收入决算结构", Charts.pie("chart-2", shares))));
    }

    private static Section expenditure(ReportContext r) {
        Function<YearFigures, BigDecimal> total = y -> y.cell("01", "expenditure", "expenditure_total", "amount");
        StringBuilder text = new StringBuilder(r.year() + "年度支出合计" + wan(total.apply(r.now())) + "，"
                + r.compared("支出合计", total, "01", "expenditure_total"));
        Map<String, BigDecimal> shares = shares(r.now(), "03", EXPENDITURE_COLUMNS);
        text.append(structure(shares, total.apply(r.now()), "占本年支出"));
        return new Section("三、支出决算情况说明", List.of(Block.paragraph(text.toString()),
                Block.figure("图3：支出决算结构", Charts.pie("chart-3", shares))));
    }

    private static Section fiscal(ReportContext r) {
        Function<YearFigures, BigDecimal> income = y -> y.cell("04", "income", GRAND, "amount");
        Function<YearFigures, BigDecimal> spent = y -> y.cell("04", "expenditure", GRAND, "subtotal");
        String totals = r.year() + "年度" + both("财政拨款收、支总计", "财政拨款收入总计", "财政拨款支出总计",
                income.apply(r.now()), spent.apply(r.now())) + r.compared("财政拨款收、支总计", income, "04", GRAND);
        List<String> sources = new ArrayList<>();
        for (FundingSource source : FundingSource.values()) {
            Function<YearFigures, BigDecimal> amount = y -> y.cell("04", "income", source.name(), "amount");
            BigDecimal before = r.previous(amount);
            if (source.isFiscalAppropriation() && (amount.apply(r.now()).signum() != 0 || before != null && before.signum() != 0)) {
                sources.add(source.label() + "收入" + wan(amount.apply(r.now())) + (before == null ? ""
                        : "，比" + (r.year() - 1) + "年度决算数" + Amounts.change(amount.apply(r.now()), before)));
            }
        }
        String bySource = sources.isEmpty() ? r.year() + "年度无财政拨款收入。"
                : r.year() + "年度财政拨款收入中，" + String.join("；", sources) + "。";
        return new Section("四、财政拨款收入支出决算总体情况说明", List.of(Block.paragraph(totals), Block.paragraph(bySource),
                Block.figure("图4：财政拨款收、支决算总计变动情况",
                        Charts.bars("chart-4", byYear(r, "财政拨款收入总计", income, "财政拨款支出总计", spent)))));
    }

    /** "收、支总计均为X万元。" when both sides agree (they do by construction), each side otherwise. */
    private static String both(String together, String incomeName, String spentName, BigDecimal income, BigDecimal spent) {
        return income.compareTo(spent) == 0 ? together + "均为" + wan(income) + "。"
                : incomeName + wan(income) + "，" + spentName + wan(spent) + "。";
    }

    /** The non-zero columns of a table's 合计 row, by their printed label. */
    private static Map<String, BigDecimal> shares(YearFigures year, String table, List<String> columns) {
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        for (String column : columns) {
            BigDecimal amount = year.cell(table, "total", column);
            if (amount.signum() != 0) {
                shares.put(year.label(table, column), amount);
            }
        }
        return shares;
    }

    private static String structure(Map<String, BigDecimal> shares, BigDecimal total, String ofWhat) {
        List<String> parts = new ArrayList<>();
        shares.forEach((label, amount) -> parts.add(label + wan(amount) + "，" + ofWhat + Amounts.percent(amount, total)));
        return parts.isEmpty() ? "" : "其中：" + String.join("；", parts) + "。";
    }

    /** series → (last year, this year) → amount, for the two bar charts; this year only without last year. */
    private static Map<String, Map<String, BigDecimal>> byYear(ReportContext r, String first,
            Function<YearFigures, BigDecimal> firstFigure, String second, Function<YearFigures, BigDecimal> secondFigure) {
        Map<String, Map<String, BigDecimal>> values = new LinkedHashMap<>();
        for (Map.Entry<String, Function<YearFigures, BigDecimal>> series
                : List.of(Map.entry(first, firstFigure), Map.entry(second, secondFigure))) {
            Map<String, BigDecimal> years = new LinkedHashMap<>();
            if (r.before() != null) {
                years.put((r.year() - 1) + "年度", series.getValue().apply(r.before()));
            }
            years.put(r.year() + "年度", series.getValue().apply(r.now()));
            values.put(series.getKey(), years);
        }
        return values;
    }
}
