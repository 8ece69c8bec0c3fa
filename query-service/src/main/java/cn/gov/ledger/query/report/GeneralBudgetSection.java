package cn.gov.ledger.query.report;

import static cn.gov.ledger.query.report.ReportContext.sentence;
import static cn.gov.ledger.query.report.ReportContext.wan;

import cn.gov.ledger.api.code.FunctionalCode;
import cn.gov.ledger.query.report.Report.Block;
import cn.gov.ledger.query.report.Report.Section;
import cn.gov.ledger.query.tables.TableRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * 情况说明 五: general-public-budget spending as a whole, by 类 with shares, and per 项 against the
 * initial budget (决算 ÷ 年初预算, the 年初预算 being the appropriations; adjustments are stated apart).
 * Where spending differs from the initial budget the report needs a person's reason: the annotation
 * on the 项, or the missing marker.
 */
final class GeneralBudgetSection {

    private static final String TABLE = "05";

    private GeneralBudgetSection() {
    }

    static Section write(ReportContext r) {
        Function<YearFigures, BigDecimal> total = y -> y.cell(TABLE, "total", "total");
        BigDecimal spent = total.apply(r.now());
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.heading("（一）一般公共预算财政拨款支出决算总体情况"));
        blocks.add(Block.paragraph(r.year() + "年度一般公共预算财政拨款支出" + wan(spent) + share(spent,
                r.now().cell("01", "expenditure", "expenditure_total", "amount"), "，占本年支出合计的") + "。"
                + r.compared("一般公共预算财政拨款支出", total, TABLE, "total")));
        blocks.add(Block.heading("（二）一般公共预算财政拨款支出决算结构情况"));
        List<TableRow> classes = r.now().rows(TABLE).stream().filter(row -> row.level() == 1).toList();
        blocks.add(Block.paragraph(classes.isEmpty() ? r.year() + "年度无一般公共预算财政拨款支出。"
                : r.year() + "年度一般公共预算财政拨款支出" + wan(spent) + "，主要用于以下方面："));
        for (int i = 0; i < classes.size(); i++) {
            TableRow row = classes.get(i);
            BigDecimal amount = Amounts.ofFen(row.fen("total"));
            blocks.add(Block.paragraph((i + 1) + ". " + row.name() + "类支出" + wan(amount) + share(amount, spent, "，占")
                    + "。" + sentence(r.notes().rowOrMissing(TABLE, row.code()))));
        }
        blocks.add(Block.heading("（三）一般公共预算财政拨款支出决算具体情况"));
        blocks.add(Block.paragraph(overall(r, spent)));
        Map<String, TreeSet<String>> itemsByClass = items(r);
        int number = 1;
        for (Map.Entry<String, TreeSet<String>> byClass : itemsByClass.entrySet()) {
            blocks.add(Block.paragraph(number++ + ". " + r.name(byClass.getKey()) + "具体包括："));
            int item = 1;
            for (String code : byClass.getValue()) {
                blocks.add(Block.paragraph("（" + item++ + "）" + item(r, code)));
            }
        }
        return new Section("五、一般公共预算财政拨款支出决算情况说明", blocks);
    }

    private static String overall(ReportContext r, BigDecimal spent) {
        BigDecimal initial = r.budgets().initialTotal();
        BigDecimal adjusted = initial.add(r.budgets().adjustmentTotal());
        StringBuilder text = new StringBuilder(r.year() + "年度一般公共预算财政拨款支出年初预算为" + wan(initial)
                + "，支出决算为" + wan(spent) + share(spent, initial, "，完成年初预算的") + "。");
        if (r.budgets().adjustmentTotal().signum() != 0) {
            text.append(adjustment(r.budgets().adjustmentTotal())).append("后，全年预算为").append(wan(adjusted))
                    .append(share(spent, adjusted, "，完成全年预算的")).append("。");
        }
        text.append("其中：基本支出").append(wan(r.now().cell(TABLE, "total", "basic"))).append("，项目支出")
                .append(wan(r.now().cell(TABLE, "total", "project"))).append("。");
        if (!r.budgets().projects().isEmpty()) {
            List<String> projects = new ArrayList<>();
            r.budgets().projects().forEach((name, amount) -> projects.add((name.isEmpty() ? "未命名项目" : name) + wan(amount)));
            text.append("项目支出主要用于：").append(String.join("；", projects)).append("。");
        }
        return text.toString();
    }

    /** "一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。年初预算为…". */
    private static String item(ReportContext r, String code) {
        BigDecimal initial = r.budgets().initial(code);
        BigDecimal actual = r.now().cell(TABLE, code, "total");
        BigDecimal adjustment = r.budgets().adjustment(code);
        FunctionalCode item = FunctionalCode.of(code);
        StringBuilder text = new StringBuilder(r.name(item.classCode()) + "（类）" + r.name(item.sectionCode())
                + "（款）" + r.name(code) + "（项）。年初预算为" + wan(initial) + "，");
        if (adjustment.signum() != 0) {
            text.append(adjustment(adjustment)).append("，");
        }
        text.append("支出决算为").append(wan(actual)).append(share(actual, initial, "，完成年初预算的"));
        String reason = r.notes().line(code).orElse(null);
        int versus = actual.compareTo(initial);
        if (versus != 0) {
            text.append("，支出决算数").append(versus > 0 ? "大于" : "小于").append("年初预算数的主要原因：")
                    .append(sentence(reason == null ? Annotations.MISSING : reason));
        } else {
            text.append("。").append(reason == null ? "" : sentence(reason));
        }
        return text.toString();
    }

    /** 类 → its 项 codes: every 项 with general-public-budget spending or budget. */
    private static Map<String, TreeSet<String>> items(ReportContext r) {
        TreeSet<String> codes = new TreeSet<>();
        r.now().rows(TABLE).stream().filter(row -> row.level() == 3).forEach(row -> codes.add(row.code()));
        codes.addAll(r.budgets().initialFen().keySet());
        codes.addAll(r.budgets().adjustmentsFen().keySet());
        Map<String, TreeSet<String>> byClass = new TreeMap<>();
        codes.forEach(code -> byClass.computeIfAbsent(FunctionalCode.of(code).classCode(), key -> new TreeSet<>()).add(code));
        return byClass;
    }

    private static String adjustment(BigDecimal net) {
        return (net.signum() > 0 ? "年中追加预算" : "年中追减预算") + wan(net.abs());
    }

    /** "，占91.7%"; nothing when the whole is zero. */
    private static String share(BigDecimal part, BigDecimal whole, String words) {
        String percent = Amounts.percent(part, whole);
        return percent == null ? "" : words + percent;
    }
}
