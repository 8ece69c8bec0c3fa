package cn.gov.ledger.query.web;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV, the subset spreadsheets write: quoted fields, doubled quotes, CRLF or LF, an optional BOM. */
public final class Csv {

    private Csv() {
    }

    public static List<List<String>> parse(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                addUnlessBlank(records, fields);
                fields = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        addUnlessBlank(records, fields);
        return records;
    }

    /** One CSV line (without the line break), quoting only the fields that need it. */
    public static String line(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            String value = fields.get(i) == null ? "" : fields.get(i);
            if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
                line.append('"').append(value.replace("\"", "\"\"")).append('"');
            } else {
                line.append(value);
            }
        }
        return line.toString();
    }

    private static void addUnlessBlank(List<List<String>> records, List<String> fields) {
        if (fields.size() > 1 || !fields.get(0).isEmpty()) {
            records.add(fields);
        }
    }
}
