package cn.gov.ledger.query.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What an annotation explains: a budget line (a functional 项 of the year, for one unit or, with no
 * unit, the whole department), a row of a disclosure table (central number and row key, e.g. 05/201), or
 * a passage of the report only a person writes (a {@link WrittenSection} key, e.g. 13.4).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AnnotationTarget(Kind kind, String unit, String functionalCode, String table, String row, String section) {

    enum Kind { BUDGET_LINE, TABLE_ROW, REPORT_SECTION }

    static AnnotationTarget budgetLine(String unit, String functionalCode) {
        return new AnnotationTarget(Kind.BUDGET_LINE, unit, functionalCode, null, null, null);
    }

    static AnnotationTarget tableRow(String table, String row) {
        return new AnnotationTarget(Kind.TABLE_ROW, null, null, table, row, null);
    }

    static AnnotationTarget reportSection(String section) {
        return new AnnotationTarget(Kind.REPORT_SECTION, null, null, null, null, section);
    }

    /** Two annotations with the same key explain the same thing: the newer supersedes the older. */
    String key() {
        return switch (kind) {
            case BUDGET_LINE -> kind + "/" + (unit == null ? "" : unit) + "/" + functionalCode;
            case TABLE_ROW -> kind + "/" + table + "/" + row;
            case REPORT_SECTION -> kind + "/" + section;
        };
    }
}
