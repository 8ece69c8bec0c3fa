package cn.gov.ledger.query.report;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;

/**
 * What the 情况说明 is written from, and the sentence parts every section shares.
 *
 * @param now    this year's tables
 * @param before last year's tables (final, as of 31 December), or null when the ledger has no such year
 * @param names  functional code → name, for every 类, 款 and 项 the report mentions
 */
record ReportContext(YearFigures now, YearFigures before, LineBudgets budgets, Annotations notes,
                     Map<String, String> names) {

    int year() {
        return now.year();
    }

    String name(String code) {
        return names.getOrDefault(code, code);
    }

    /** Last year's figure, or null without last year. */
    BigDecimal previous(Function<YearFigures, BigDecimal> figure) {
        return before == null ? null : figure.apply(before);
    }

    /**
     * "与2023年度相比，收入合计减少…，下降…，主要原因是…。" with the explanation written for the row, or
     * the missing marker; a change of nothing needs no reason unless one was written anyway.
     */
    String compared(String subject, Function<YearFigures, BigDecimal> figure, String table, String row) {
        if (before == null) {
            return (year() - 1) + "年度无决算数据，不作比较。";
        }
        String change = Amounts.change(figure.apply(now), figure.apply(before));
        String reason = notes.row(table, row).orElse(change.equals("持平") ? null : Annotations.MISSING);
        return "与" + (year() - 1) + "年度相比，" + subject + change + (reason == null ? "。" : "，主要原因是" + sentence(reason));
    }

    /** "4,368.79万元". */
    static String wan(BigDecimal amount) {
        return Amounts.text(amount) + "万元";
    }

    /** A written explanation closed as a sentence. */
    static String sentence(String text) {
        return text.matches("(?s).*[。！？）)]$") && !text.equals(Annotations.MISSING) ? text : text + "。";
    }
}
