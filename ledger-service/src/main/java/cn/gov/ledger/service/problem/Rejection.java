package cn.gov.ledger.service.problem;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A business refusal with its HTTP status and the figures behind it (the budget line, what is available,
 * what was asked), so the clerk sees why. The {@code reason} is a stable code, also used as a metric tag.
 */
public class Rejection extends RuntimeException {

    private final int status;
    private final String reason;
    private final String title;
    private final Map<String, Object> properties;

    private Rejection(int status, String reason, String title, String detail, Map<String, Object> properties) {
        super(detail);
        this.status = status;
        this.reason = reason;
        this.title = title;
        this.properties = properties;
    }

    public static Rejection conflict(String reason, String title, String detail) {
        return new Rejection(409, reason, title, detail, new LinkedHashMap<>());
    }

    public static Rejection forbidden(String reason, String title, String detail) {
        return new Rejection(403, reason, title, detail, new LinkedHashMap<>());
    }

    /** 422 for refusals whose field errors need more than {@link InvalidRequestException}'s list says. */
    public static Rejection unprocessable(String reason, String title, String detail) {
        return new Rejection(422, reason, title, detail, new LinkedHashMap<>());
    }

    public static Rejection notFound(String reason, String title, String detail) {
        return new Rejection(404, reason, title, detail, new LinkedHashMap<>());
    }

    public Rejection with(String key, Object value) {
        properties.put(key, value);
        return this;
    }

    public int status() {
        return status;
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
