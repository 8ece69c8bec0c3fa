package cn.gov.ledger.api.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * A 部门支出经济分类科目 code: 类 (3 digits, e.g. 302) or 款 (5 digits, e.g. 30231). Postings carry a 款.
 */
public record EconomicCode(@JsonValue String value) implements Comparable<EconomicCode> {

    /** Compiled once: every event read back builds codes, and String.matches would compile it each time. */
    private static final Pattern DIGITS = Pattern.compile("\\d{3}|\\d{5}");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public EconomicCode {
        if (value == null || !DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("economic code must have 3 or 5 digits: " + value);
        }
    }

    public static EconomicCode of(String value) {
        return new EconomicCode(value);
    }

    public boolean isItem() {
        return value.length() == 5;
    }

    public String classCode() {
        return value.substring(0, 3);
    }

    @Override
    public int compareTo(EconomicCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
