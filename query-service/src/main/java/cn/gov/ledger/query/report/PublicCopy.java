package cn.gov.ledger.query.report;

import cn.gov.ledger.query.report.PrintedTable.Cell;
import cn.gov.ledger.query.report.Report.Block;
import cn.gov.ledger.query.report.Report.Section;
import cn.gov.ledger.security.Roles;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What the public reads: the report without its unfinished parts and without the technical provenance
 * line. A clause whose explanation nobody wrote is left out ("下降31.6%，主要原因是（说明：未填写）。" prints
 * as "下降31.6%。"), a passage nobody wrote and its heading go, a form's unwritten answer is blank, and
 * no table carries the 数据口径 line. The auditor's view keeps both (see {@link #forCurrentUser}).
 */
final class PublicCopy {

    private static final Pattern GAP = Pattern.compile("[，；]?[^，。；！？]*" + Pattern.quote(Annotations.MISSING));

    private PublicCopy() {
    }

    /** The auditor (and whoever has the role) sees the review copy; everyone else the public one. */
    static boolean reviewer() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user != null && user.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + Roles.AUDITOR));
    }

    static Report forCurrentUser(Report report) {
        return reviewer() ? report : of(report);
    }

    static List<PrintedTable> forCurrentUser(List<PrintedTable> tables) {
        return reviewer() ? tables : tables.stream().map(PublicCopy::of).toList();
    }

    static Report of(Report report) {
        List<Section> sections = report.sections().stream().map(PublicCopy::section).toList();
        return new Report(report.title(), report.departmentName(), report.fiscalYear(), null,
                report.tables().stream().map(PublicCopy::of).toList(), sections,
                report.attachments().stream().map(PublicCopy::of).toList());
    }

    static PrintedTable of(PrintedTable t) {
        List<List<Cell>> body = t.body().stream().map(row -> row.stream().map(cell ->
                Annotations.MISSING.equals(cell.text())
                        ? new Cell("", null, cell.colspan(), cell.rowspan(), cell.style()) : cell).toList()).toList();
        return new PrintedTable(t.table(), t.label(), t.sheetName(), t.title(), t.department(), t.heads(), body,
                t.columns(), t.notes(), t.emptySentence(), null);
    }

    /** The text without its unwritten clauses; empty when nothing else was in it. */
    static String withoutGaps(String text) {
        String kept = GAP.matcher(text).replaceAll("").replaceAll("。+", "。");
        return kept.startsWith("。") ? kept.substring(1) : kept;
    }

    private static Section section(Section section) {
        List<Block> blocks = new ArrayList<>();
        for (Block block : section.blocks()) {
            if (block.kind() != Block.Kind.PARAGRAPH || !block.text().contains(Annotations.MISSING)) {
                blocks.add(block);
            } else if (!withoutGaps(block.text()).isBlank()) {
                blocks.add(Block.paragraph(withoutGaps(block.text())));
            }
        }
        List<Block> kept = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            boolean emptyHeading = blocks.get(i).kind() == Block.Kind.HEADING
                    && (i + 1 == blocks.size() || blocks.get(i + 1).kind() == Block.Kind.HEADING);
            if (!emptyHeading) {
                kept.add(blocks.get(i));
            }
        }
        return new Section(section.heading(), kept);
    }
}
