package cn.gov.ledger.query.report;

import java.util.List;

/**
 * How a region numbers and orders the nine tables. The figures are the same in every profile; the
 * tables keep their central numbers (01–09) as identities in URLs and JSON, and a profile only decides
 * what is printed on them and in which order they appear in the report.
 */
enum LayoutProfile {

    /** 财政部 numbering: 公开01表 … 公开09表, in that order. */
    CENTRAL(List.of("01", "02", "03", "04", "05", "06", "07", "08", "09")),

    /** 上海: 表一 … 表九, with the three public expenses as 表七 ahead of government funds and state capital. */
    SHANGHAI(List.of("01", "02", "03", "04", "05", "06", "09", "07", "08"));

    private static final String NUMERALS = "一二三四五六七八九";

    private final List<String> order;

    LayoutProfile(List<String> order) {
        this.order = order;
    }

    /** The central table numbers in the order this profile prints them. */
    List<String> order() {
        return order;
    }

    /** The number printed on the table: "公开09表" or "表七". */
    String label(String table) {
        return this == CENTRAL ? "公开" + table + "表" : "表" + NUMERALS.charAt(order.indexOf(table));
    }

    /** The workbook sheet of the table: "公开09" or "表七". */
    String sheetName(String table) {
        return this == CENTRAL ? "公开" + table : label(table);
    }
}
