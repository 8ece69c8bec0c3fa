package cn.gov.ledger.service.support;

/**
 * Who is acting. Until authentication is in place the client names itself in the {@code X-Actor} header;
 * every event records it as metadata either way.
 */
public record Actor(String name) {

    public static final String HEADER = "X-Actor";

    public static Actor of(String header) {
        return new Actor(header == null || header.isBlank() ? "anonymous" : header.trim());
    }
}
