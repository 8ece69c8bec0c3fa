package cn.gov.ledger.query.tables;

import java.util.List;

/**
 * The published layout of one fiscal year.
 *
 * @param expenditureClasses the 类 rows of tables 01 and 04, in printed order (01 行次 31–56)
 * @param economicItems      the 款 rows table 06 prints under their 类 even when empty
 */
record TableTemplate(int fiscalYear, List<Entry> expenditureClasses, List<Entry> economicItems) {

    /** A row the layout always prints: its code, its printed name and, for table 01, its 行次. */
    record Entry(String code, String name, Integer line) {
    }
}
