package cn.gov.ledger.query.report;

import cn.gov.ledger.query.web.BadRequestException;

/**
 * Who is writing. Until authentication is in place the client names itself in {@code X-Actor}, as on
 * the write side; here it is required, because what is written (an explanation printed in a public
 * report, a department's layout) must say who wrote it.
 */
public final class Actors {

    public static final String HEADER = "X-Actor";

    private Actors() {
    }

    public static String require(String header) {
        if (header == null || header.isBlank()) {
            throw BadRequestException.of(HEADER, "must name who is writing");
        }
        if (header.trim().length() > 200) {
            throw BadRequestException.of(HEADER, "must be at most 200 characters");
        }
        return header.trim();
    }
}
