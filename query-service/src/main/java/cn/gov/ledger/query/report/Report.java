package cn.gov.ledger.query.report;

import java.util.List;

/**
 * The whole report: the nine tables in the profile's order, the 情况说明 written from the ledger and the
 * records, and the 附件 (the 绩效自评表).
 *
 * @param basis which ledger state every figure reflects, printed under the title
 */
record Report(String title, String departmentName, int fiscalYear, String basis, List<PrintedTable> tables,
              List<Section> sections, List<PrintedTable> attachments) {

    /** One numbered part of the 情况说明 (一 … 十三). */
    record Section(String heading, List<Block> blocks) {
    }

    /** A sub-heading, a paragraph, or a chart (inline SVG with its caption). */
    record Block(Kind kind, String text, String svg) {

        enum Kind { HEADING, PARAGRAPH, FIGURE }

        static Block heading(String text) {
            return new Block(Kind.HEADING, text, null);
        }

        static Block paragraph(String text) {
            return new Block(Kind.PARAGRAPH, text, null);
        }

        static Block figure(String caption, String svg) {
            return new Block(Kind.FIGURE, caption, svg);
        }
    }
}
