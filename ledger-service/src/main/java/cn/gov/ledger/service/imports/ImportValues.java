package cn.gov.ledger.service.imports;

import cn.gov.ledger.api.code.EntryKind;
import cn.gov.ledger.api.code.ExpenditureType;
import cn.gov.ledger.api.code.FundingSource;
import cn.gov.ledger.service.posting.PostingRequest;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A row's cells as the clerk typed them, turned into the API's values: Chinese names of the entry types,
 * funding sources and expenditure types, a code followed by its name ("2010350 事业运行"), an amount with
 * thousands separators, a date written 2024/3/5 or 2024年3月5日. Anything else passes unchanged, so the
 * posting validator refuses it with the API's own message.
 */
final class ImportValues {

    private static final Map<String, String> KINDS = Map.of("预算指标", "APPROPRIATION", "预算下达", "APPROPRIATION",
            "预算调整", "ADJUSTMENT", "收入", "INCOME", "支出", "EXPENDITURE");
    private static final Map<String, String> SOURCES = byLabel(FundingSource.values(), FundingSource::label);
    private static final Map<String, String> TYPES = byLabel(ExpenditureType.values(), ExpenditureType::label);
    private static final Pattern CODE_WITH_NAME = Pattern.compile("(\\d+)[\\s\\u3000]+\\S.*");
    private static final Pattern GROUPED_AMOUNT = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[/.年-]\\s*(\\d{1,2})\\s*[/.月-]\\s*(\\d{1,2})日?");

    private ImportValues() {
    }

    /** The entry kind a type cell names (its API name or Chinese name), or null. */
    static EntryKind kind(String cell) {
        String name = cell == null ? "" : KINDS.getOrDefault(cell, cell);
        return Arrays.stream(EntryKind.values()).filter(kind -> kind.name().equals(name)).findFirst().orElse(null);
    }

    static PostingRequest request(Map<String, String> c) {
        return new PostingRequest(c.get("department"), c.get("unit"), c.get("fiscalYear"), code(c.get("functionalCode")),
                named(SOURCES, c.get("source")), named(TYPES, c.get("expenditureType")), c.get("project"),
                code(c.get("economicCode")), amount(c.get("amount")), date(c.get("businessDate")), c.get("documentNo"),
                c.get("voucherNo"), c.get("payee"), c.get("memo"), c.get("reason"), c.get("contractNo"));
    }

    static String code(String cell) {
        if (cell == null || digits(cell, 0, cell.length())) {
            return cell;
        }
        Matcher matcher = CODE_WITH_NAME.matcher(cell);
        return matcher.matches() ? matcher.group(1) : cell;
    }

    static String amount(String cell) {
        return cell != null && cell.indexOf(',') >= 0 && GROUPED_AMOUNT.matcher(cell).matches()
                ? cell.replace(",", "") : cell;
    }

    static String date(String cell) {
        if (cell == null || iso(cell)) {
            return cell;
        }
        Matcher matcher = DATE.matcher(cell);
        // built by hand: String.format cost an import more than all the rest of the row's values together
        return matcher.matches() ? matcher.group(1) + "-" + twoDigits(matcher.group(2)) + "-"
                + twoDigits(matcher.group(3)) : cell;
    }

    // The plain forms most files hold, which the patterns would return unchanged, are let through without them:
    // three patterns a row were a tenth of a large import's CPU.
    private static boolean iso(String cell) {
        return cell.length() == 10 && cell.charAt(4) == '-' && cell.charAt(7) == '-' && digits(cell, 0, 4)
                && digits(cell, 5, 7) && digits(cell, 8, 10);
    }

    private static boolean digits(String cell, int from, int to) {
        for (int i = from; i < to; i++) {
            if (cell.charAt(i) < '0' || cell.charAt(i) > '9') {
                return false;
            }
        }
        return to > from;
    }

    private static String twoDigits(String digits) {
        return digits.length() == 1 ? "0" + digits : digits;
    }

    private static String named(Map<String, String> names, String cell) {
        return cell == null ? null : names.getOrDefault(cell, cell);
    }

    private static <E extends Enum<E>> Map<String, String> byLabel(E[] values, Function<E, String> label) {
        return Arrays.stream(values).collect(Collectors.toUnmodifiableMap(label, Enum::name));
    }
}
