package cn.gov.ledger.service.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import org.postgresql.PGConnection;

/**
 * Rows for PostgreSQL's {@code COPY … FROM STDIN} in its text format, sent on the transaction's own connection:
 * one statement and one pass through the server for a whole batch, instead of one INSERT per row.
 */
final class CopyRows {

    private final StringBuilder text = new StringBuilder(1 << 16);
    private boolean first = true;

    CopyRows text(String value) {
        separate();
        if (value == null) {
            text.append("\\N");
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
        return this;
    }

    CopyRows number(long value) {
        separate();
        text.append(value);
        return this;
    }

    /** bytea as hex; the backslash of {@code \x} is itself escaped in COPY's text format. */
    CopyRows bytes(byte[] value) {
        separate();
        text.append("\\\\x").append(HexFormat.of().formatHex(value));
        return this;
    }

    CopyRows endRow() {
        text.append('\n');
        first = true;
        return this;
    }

    /** Copies the rows into {@code table (columns)}; returns how many the server took. */
    long into(Connection connection, String table, String columns) {
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " (" + columns
                    + ") FROM STDIN", new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into " + table + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void separate() {
        if (!first) {
            text.append('\t');
        }
        first = false;
    }
}
