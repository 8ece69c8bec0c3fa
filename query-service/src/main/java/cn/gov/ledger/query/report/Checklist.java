package cn.gov.ledger.query.report;

import cn.gov.ledger.query.report.Report.Block;
import cn.gov.ledger.query.report.Report.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * What a publisher should know before publishing: every explanation the report still lacks, where it
 * belongs and the sentence it belongs in. Publishing anyway is allowed; the public copy leaves these out.
 *
 * @param complete true when nothing is missing
 */
public record Checklist(String department, int fiscalYear, boolean complete, List<Gap> missing) {

    /** @param where the section or table, @param text the sentence or row that waits for it */
    public record Gap(String where, String text) {
    }

    static Checklist of(String department, int fiscalYear, Report report) {
        List<Gap> gaps = new ArrayList<>();
        for (Section section : report.sections()) {
            for (Block block : section.blocks()) {
                if (block.kind() == Block.Kind.PARAGRAPH && block.text().contains(Annotations.MISSING)) {
                    for (String sentence : block.text().split("(?<=。)")) {
                        if (sentence.contains(Annotations.MISSING)) {
                            gaps.add(new Gap(section.heading(), sentence));
                        }
                    }
                }
            }
        }
        for (PrintedTable table : report.attachments()) {
            for (List<PrintedTable.Cell> row : table.body()) {
                if (row.stream().anyMatch(cell -> Annotations.MISSING.equals(cell.text()))) {
                    gaps.add(new Gap(table.title(), row.get(0).shown()));
                }
            }
        }
        return new Checklist(department, fiscalYear, gaps.isEmpty(), gaps);
    }
}
