package cn.gov.ledger.query.report;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The current annotations of one report, looked up where the text needs an explanation. */
final class Annotations {

    /** Printed where an explanation belongs and nobody has written it yet. */
    static final String MISSING = "（说明：未填写）";

    private final List<Annotation> current;
    private final String unit;

    /**
     * @param unit the unit the report is for, or null for the whole department (then every unit's
     *             explanations of a line are printed, the department-wide one first)
     */
    Annotations(List<Annotation> history, String unit) {
        this.current = history.stream().filter(Annotation::current).toList();
        this.unit = unit;
    }

    Optional<String> row(String table, String row) {
        return current.stream().filter(a -> a.target().equals(AnnotationTarget.tableRow(table, row)))
                .map(Annotation::text).findFirst();
    }

    /** The passage written for a section of the report, or the missing marker. */
    String sectionOrMissing(WrittenSection section) {
        return current.stream().filter(a -> a.target().equals(AnnotationTarget.reportSection(section.key())))
                .map(Annotation::text).findFirst().orElse(MISSING);
    }

    /** The explanation of a table row, or the missing marker. */
    String rowOrMissing(String table, String row) {
        return row(table, row).orElse(MISSING);
    }

    /** The explanations of a 项 that apply to this report, joined; empty when there is none. */
    Optional<String> line(String functionalCode) {
        List<Annotation> found = current.stream()
                .filter(a -> a.target().kind() == AnnotationTarget.Kind.BUDGET_LINE)
                .filter(a -> a.target().functionalCode().equals(functionalCode))
                .filter(a -> unit == null || a.target().unit() == null || a.target().unit().equals(unit))
                .sorted(Comparator.comparing(a -> a.target().unit() == null ? "" : a.target().unit()))
                .toList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        // each closed as a sentence, so several units' explanations do not run into one another
        return Optional.of(String.join("", found.stream().map(a -> ReportContext.sentence(
                unit == null && a.target().unit() != null ? "（" + a.target().unit() + "）" + a.text() : a.text())).toList()));
    }
}
