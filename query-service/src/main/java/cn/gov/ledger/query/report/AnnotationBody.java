package cn.gov.ledger.query.report;

import cn.gov.ledger.query.web.BadRequestException;
import cn.gov.ledger.query.web.BadRequestException.FieldProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of POST /api/v1/annotations, e.g. {@code {"department": "wcjgsw", "fiscalYear": 2024,
 * "target": {"kind": "BUDGET_LINE", "functionalCode": "2010301"}, "text": "…"}}.
 */
record AnnotationBody(String department, Integer fiscalYear, AnnotationTarget target, String text) {

    static final int MAX_TEXT = 2000;

    /** Checks every field at once and returns the target in canonical form (trimmed). */
    AnnotationTarget validate() {
        List<FieldProblem> errors = new ArrayList<>();
        if (department == null || department.isBlank()) {
            errors.add(new FieldProblem("department", "is required"));
        }
        if (fiscalYear == null || fiscalYear < 1000 || fiscalYear > 9999) {
            errors.add(new FieldProblem("fiscalYear", "must be a four-digit fiscal year"));
        }
        if (text == null || text.isBlank()) {
            errors.add(new FieldProblem("text", "is required"));
        } else if (text.length() > MAX_TEXT) {
            errors.add(new FieldProblem("text", "must be at most " + MAX_TEXT + " characters"));
        }
        AnnotationTarget canonical = target == null ? null : canonical(errors);
        if (target == null) {
            errors.add(new FieldProblem("target", "is required"));
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        return canonical;
    }

    private AnnotationTarget canonical(List<FieldProblem> errors) {
        if (target.kind() == null) {
            errors.add(new FieldProblem("target.kind", "must be BUDGET_LINE, TABLE_ROW or REPORT_SECTION"));
            return null;
        }
        if (target.kind() == AnnotationTarget.Kind.REPORT_SECTION) {
            if (WrittenSection.of(target.section()).isEmpty()) {
                errors.add(new FieldProblem("target.section", "must be one of " + WrittenSection.keys()));
            }
            unexpected(errors, "target.unit", target.unit());
            unexpected(errors, "target.functionalCode", target.functionalCode());
            unexpected(errors, "target.table", target.table());
            unexpected(errors, "target.row", target.row());
            return errors.isEmpty() ? AnnotationTarget.reportSection(target.section().trim()) : null;
        }
        if (target.kind() == AnnotationTarget.Kind.BUDGET_LINE) {
            if (target.functionalCode() == null || !target.functionalCode().trim().matches("\\d{7}")) {
                errors.add(new FieldProblem("target.functionalCode", "must be a 7-digit functional 项 code"));
            }
            if (target.unit() != null && target.unit().isBlank()) {
                errors.add(new FieldProblem("target.unit", "must not be blank; leave it out for the whole department"));
            }
            unexpected(errors, "target.table", target.table());
            unexpected(errors, "target.row", target.row());
            unexpected(errors, "target.section", target.section());
            return errors.isEmpty() ? AnnotationTarget.budgetLine(
                    target.unit() == null ? null : target.unit().trim(), target.functionalCode().trim()) : null;
        }
        if (target.table() == null || !target.table().trim().matches("0[1-9]")) {
            errors.add(new FieldProblem("target.table", "must name a table 01 to 09"));
        }
        if (target.row() == null || target.row().isBlank() || target.row().length() > 100) {
            errors.add(new FieldProblem("target.row", "must be the key of a row of the table, e.g. 201 or grand_total"));
        }
        unexpected(errors, "target.unit", target.unit());
        unexpected(errors, "target.functionalCode", target.functionalCode());
        unexpected(errors, "target.section", target.section());
        return errors.isEmpty() ? AnnotationTarget.tableRow(target.table().trim(), target.row().trim()) : null;
    }

    private static void unexpected(List<FieldProblem> errors, String field, String value) {
        if (value != null) {
            errors.add(new FieldProblem(field, "does not belong to this kind of target"));
        }
    }
}
