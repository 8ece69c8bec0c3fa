package cn.gov.ledger.query.export;

import java.util.regex.Pattern;

/**
 * Neutralises a text cell a spreadsheet would run as a formula: a value beginning with {@code = + - @},
 * a tab or a carriage return gets a leading single quote, as OWASP advises for CSV injection. A plain
 * number such as "-1.20" is left alone: spreadsheets read it as the number it is, and negative amounts
 * are legitimate.
 */
public final class SafeText {

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
    private static final String TRIGGERS = "=+-@\t\r";

    private SafeText() {
    }

    /** The value as it may go into a cell; null becomes empty. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (TRIGGERS.indexOf(value.charAt(0)) < 0 || NUMBER.matcher(value).matches()) {
            return value;
        }
        return "'" + value;
    }
}
