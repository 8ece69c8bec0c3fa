package cn.gov.ledger.service.problem;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A business refusal with its kind and the figures behind it (the budget line, what is available, what was
 * asked), so the clerk sees why. The {@code reason} is a stable code, also used as a metric tag. Aggregates
 * raise it without knowing HTTP; the web edge maps the kind to a status.
 */
public class Rejection extends RuntimeException {

    /**
     * What the refusal is about: a clash with what the ledger holds, something it does not hold, a body it cannot
     * read, a role the user lacks or values that cannot be posted (the last two for refusals that name parts of a
     * batch).
     */
    public enum Kind { CONFLICT, UNKNOWN, MALFORMED, FORBIDDEN, INVALID }

    private final Kind kind;
    private final String reason;
    private final String title;
    private final Map<String, Object> properties;

    private Rejection(Kind kind, String reason, String title, String detail, Map<String, Object> properties) {
        super(detail);
        this.kind = kind;
        this.reason = reason;
        this.title = title;
        this.properties = properties;
    }

    public static Rejection conflict(String reason, String title, String detail) {
        return new Rejection(Kind.CONFLICT, reason, title, detail, new LinkedHashMap<>());
    }

    /** A body that cannot be read at all (400): broken CSV quoting, bytes that are no text in its encoding. */
    public static Rejection malformed(String reason, String title, String detail) {
        return new Rejection(Kind.MALFORMED, reason, title, detail, new LinkedHashMap<>());
    }

    public static Rejection forbidden(String reason, String title, String detail) {
        return new Rejection(Kind.FORBIDDEN, reason, title, detail, new LinkedHashMap<>());
    }

    /** 422 for refusals whose field errors need more than {@link InvalidRequestException}'s list says. */
    public static Rejection unprocessable(String reason, String title, String detail) {
        return new Rejection(Kind.INVALID, reason, title, detail, new LinkedHashMap<>());
    }

    public static Rejection notFound(String reason, String title, String detail) {
        return new Rejection(Kind.UNKNOWN, reason, title, detail, new LinkedHashMap<>());
    }

    public Rejection with(String key, Object value) {
        properties.put(key, value);
        return this;
    }

    public Kind kind() {
        return kind;
    }

    public String reason() {
        return reason;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
