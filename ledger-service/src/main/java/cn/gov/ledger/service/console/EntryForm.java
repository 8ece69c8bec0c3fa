package cn.gov.ledger.service.console;

import cn.gov.ledger.api.code.EntryKind;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The four entry forms: the clerk's expenditure and income, the budget officer's appropriation and adjustment.
 *
 * @param preview how the form previews the budget line: "draw" (the line an expenditure draws on), "exact"
 *                (the line the fields name) or null (income has no line)
 */
enum EntryForm {
    EXPENDITURES("expenditures", EntryKind.EXPENDITURE, "支出录入", "draw", List.of(
            FormField.of("economicCode", "economic", true), FormField.of("amount", "amount", true),
            FormField.of("businessDate", "date", true), FormField.of("voucherNo", "text", false),
            FormField.of("payee", "text", false), FormField.of("contractNo", "text", false),
            FormField.of("memo", "text", false))),
    INCOME("income", EntryKind.INCOME, "收入录入", null, List.of(
            FormField.of("amount", "amount", true), FormField.of("businessDate", "date", true),
            FormField.of("documentNo", "text", false), FormField.of("memo", "text", false))),
    APPROPRIATIONS("appropriations", EntryKind.APPROPRIATION, "预算指标下达", "exact", List.of(
            new FormField("economicCode", "经济分类科目（款，按款控制时填）", "economic", false),
            FormField.of("amount", "amount", true), FormField.of("businessDate", "date", true),
            new FormField("documentNo", "指标文号", "text", false), FormField.of("memo", "text", false))),
    ADJUSTMENTS("adjustments", EntryKind.ADJUSTMENT, "预算调整（追加/追减）", "exact", List.of(
            new FormField("economicCode", "经济分类科目（款，按款控制时填）", "economic", false),
            new FormField("amount", "调整金额（元，追减填负数）", "amount", true),
            FormField.of("businessDate", "date", true), new FormField("documentNo", "调整文号", "text", false),
            new FormField("reason", "调整原因", "text", true)));

    private final String path;
    private final EntryKind kind;
    private final String title;
    private final String preview;
    private final List<FormField> fields;

    EntryForm(String path, EntryKind kind, String title, String preview, List<FormField> rest) {
        this.path = path;
        this.kind = kind;
        this.title = title;
        this.preview = preview;
        List<FormField> typed = kind == EntryKind.INCOME ? List.of()
                : List.of(FormField.of("expenditureType", "type", true), FormField.of("project", "project", false));
        List<FormField> line = List.of(FormField.of("department", "department", true),
                FormField.of("unit", "unit", true), FormField.of("fiscalYear", "year", true),
                FormField.of("source", "source", true), FormField.of("functionalCode", "functional", true));
        this.fields = Stream.of(line, typed, rest).flatMap(List::stream).toList();
    }

    static Optional<EntryForm> ofPath(String path) {
        return Arrays.stream(values()).filter(form -> form.path.equals(path)).findFirst();
    }

    public String path() {
        return path;
    }

    public EntryKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String preview() {
        return preview;
    }

    public List<FormField> fields() {
        return fields;
    }

    boolean has(String field) {
        return fields.stream().anyMatch(f -> f.name().equals(field));
    }
}
