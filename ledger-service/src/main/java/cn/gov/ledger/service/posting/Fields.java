package cn.gov.ledger.service.posting;

import cn.gov.ledger.api.code.AmountLimits;
import cn.gov.ledger.api.code.Money;
import cn.gov.ledger.service.problem.FieldError;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Field-level checks that record an error and return null, so one pass reports every bad field. */
public final class Fields {

    // compiled once: String.matches compiles its pattern on every call, a cost a million-row import felt
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,12}");

    private final List<FieldError> errors;

    public Fields(List<FieldError> errors) {
        this.errors = errors;
    }

    public <T> T error(String field, String message) {
        errors.add(new FieldError(field, message));
        return null;
    }

    public String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return error(field, "is required");
        }
        return optional(field, value, maxLength);
    }

    public String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        return trimmed.length() > maxLength ? error(field, "must be at most " + maxLength + " characters") : trimmed;
    }

    public <T> T absent(String field, String value, String message) {
        return value == null || value.isBlank() ? null
                : error(field, message != null ? message : "must be absent for this kind of entry");
    }

    public Integer year(String field, String value) {
        String text = required(field, value, 4);
        if (text == null) {
            return null;
        }
        if (!YEAR.matcher(text).matches() || Integer.parseInt(text) < 1990 || Integer.parseInt(text) > 2100) {
            return error(field, "must be a year between 1990 and 2100");
        }
        return Integer.parseInt(text);
    }

    public <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
        String text = required(field, value, 40);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            return error(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    public Long positiveAmount(String field, String value) {
        Long fen = amount(field, value);
        return fen != null && fen <= 0 ? error(field, "must be positive") : fen;
    }

    public Long signedAmount(String field, String value) {
        Long fen = amount(field, value);
        return fen != null && fen == 0 ? error(field, "must not be zero") : fen;
    }

    private Long amount(String field, String value) {
        String text = required(field, value, 24);
        if (text == null) {
            return null;
        }
        long fen;
        try {
            fen = Money.parseYuan(text);
        } catch (IllegalArgumentException | ArithmeticException e) {
            return error(field, "must be an amount in yuan with at most two decimals, e.g. \"1864800.00\"");
        }
        return Math.abs(fen) > AmountLimits.ENTRY_MAX_FEN
                ? error(field, "must be at most " + Money.toYuan(AmountLimits.ENTRY_MAX_FEN) + " yuan") : fen;
    }

    public LocalDate dateInYear(String field, String value, Integer year) {
        LocalDate date = date(field, value);
        return date != null && year != null && date.getYear() != year
                ? error(field, "must lie inside fiscal year " + year) : date;
    }

    public LocalDate date(String field, String value) {
        String text = required(field, value, 10);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return error(field, "must be an ISO date such as 2024-03-31");
        }
    }

    /** A count: a whole number, zero or more (JSON numbers arrive here as their text). */
    public Long count(String field, String value) {
        String text = required(field, value, 12);
        if (text == null) {
            return null;
        }
        return WHOLE.matcher(text).matches() ? Long.valueOf(text) : error(field, "must be a whole number, zero or more");
    }

    /** true or false (a JSON boolean arrives here as its text). */
    public Boolean flag(String field, String value) {
        String text = required(field, value, 5);
        if (text == null) {
            return null;
        }
        return "true".equals(text) || "false".equals(text) ? Boolean.valueOf(text)
                : error(field, "must be true or false");
    }
}
