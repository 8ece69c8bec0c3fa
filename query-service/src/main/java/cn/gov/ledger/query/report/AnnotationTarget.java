package cn.gov.ledger.query.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What an annotation explains: a budget line (a functional 项 of the year, for one unit or, with no
 * unit, the whole department) or a row of a disclosure table (central number and row key, e.g. 05/201).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AnnotationTarget(Kind kind, String unit, String functionalCode, String table, String row) {

    enum Kind { BUDGET_LINE, TABLE_ROW }

    static AnnotationTarget budgetLine(String unit, String functionalCode) {
        return new AnnotationTarget(Kind.BUDGET_LINE, unit, functionalCode, null, null);
    }

    static AnnotationTarget tableRow(String table, String row) {
        return new AnnotationTarget(Kind.TABLE_ROW, null, null, table, row);
    }

    /** Two annotations with the same key explain the same thing: the newer supersedes the older. */
    String key() {
        return kind == Kind.BUDGET_LINE ? kind + "/" + (unit == null ? "" : unit) + "/" + functionalCode
                : kind + "/" + table + "/" + row;
    }
}
