package cn.gov.ledger.api.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * A 支出功能分类科目 code: 类 (3 digits), 款 (5) or 项 (7). Postings carry a 项; tables roll up to 款 and 类.
 */
public record FunctionalCode(@JsonValue String value) implements Comparable<FunctionalCode> {

    /** Compiled once: every event read back builds codes, and String.matches would compile it each time. */
    private static final Pattern DIGITS = Pattern.compile("\\d{3}|\\d{5}|\\d{7}");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public FunctionalCode {
        if (value == null || !DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("functional code must have 3, 5 or 7 digits: " + value);
        }
    }

    public static FunctionalCode of(String value) {
        return new FunctionalCode(value);
    }

    public boolean isItem() {
        return value.length() == 7;
    }

    public ClassificationLevel level() {
        return ClassificationLevel.ofLength(value.length());
    }

    /** The 类 (3 digits) this code belongs to. */
    public String classCode() {
        return value.substring(0, 3);
    }

    /** The 款 (5 digits) this code belongs to; a 类 has none. */
    public String sectionCode() {
        return value.length() >= 5 ? value.substring(0, 5) : null;
    }

    @Override
    public int compareTo(FunctionalCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
