package cn.gov.ledger.query.projection;

import cn.gov.ledger.api.code.Classification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A rebuild's fact sink: collects facts as COPY text rows and sends them in one COPY per flush, an order
 * of magnitude faster than row inserts. The columns and their values are those {@link FactWriter} binds;
 * a rebuild test compares the rows both write, column by column.
 */
final class FactCopy implements FactSink {

    private static final String COLUMNS = "(position, event_id, row_no, entry_id, reversal_of, kind, department, unit,"
            + " fiscal_year, source, functional_code, expenditure_type, project, economic_code, line_id, amount_fen,"
            + " business_date, recorded_at, actor)";

    private final JdbcTemplate jdbc;
    private final String copy;
    private final StringBuilder rows = new StringBuilder(1 << 20);
    private int pending;

    FactCopy(JdbcTemplate jdbc, String schema) {
        this.jdbc = jdbc;
        this.copy = "COPY " + schema + "." + ProjectionTables.FACTS + " " + COLUMNS + " FROM STDIN";
    }

    @Override
    public void append(List<Fact> facts) {
        facts.forEach(this::row);
    }

    int pending() {
        return pending;
    }

    /** Copies what has been collected; returns the number of facts written. */
    int flush() {
        if (pending == 0) {
            return 0;
        }
        byte[] data = rows.toString().getBytes(StandardCharsets.UTF_8);
        jdbc.execute((ConnectionCallback<Long>) connection -> {
            try {
                return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy, new ByteArrayInputStream(data));
            } catch (IOException e) {
                throw new IllegalStateException("cannot stream facts to " + copy, e);
            }
        });
        int written = pending;
        rows.setLength(0);
        pending = 0;
        return written;
    }

    private void row(Fact fact) {
        Classification c = fact.classification();
        rows.append(fact.origin().position()).append('\t');
        text(fact.origin().eventId());
        rows.append(fact.rowNo()).append('\t');
        text(fact.entryId());
        text(fact.reversalOf());
        text(fact.kind().name());
        text(c.department());
        text(c.unit());
        rows.append(c.fiscalYear()).append('\t');
        text(c.source().name());
        text(c.functionalCode().value());
        text(c.expenditureType() == null ? null : c.expenditureType().name());
        text(c.project());
        text(c.economicCode() == null ? null : c.economicCode().value());
        text(fact.lineId());
        rows.append(fact.amountFen()).append('\t');
        rows.append(fact.businessDate()).append('\t');
        timestamp(micros(fact.origin().recordedAt()));
        escaped(fact.origin().actor());
        rows.append('\n');
        pending++;
    }

    /**
     * PostgreSQL keeps microseconds; the JDBC driver rounds an instant's nanoseconds to them half-up
     * (PostgreSQL itself would round half-even), and the rebuilt rows must equal what the live processor wrote.
     */
    static Instant micros(Instant instant) {
        Instant truncated = instant.truncatedTo(ChronoUnit.MICROS);
        return instant.getNano() % 1000 >= 500 ? truncated.plus(1, ChronoUnit.MICROS) : truncated;
    }

    /** {@code yyyy-mm-dd hh:mm:ss.ffffff+00}, by hand: DateTimeFormatter would cost more than the rest of the row. */
    private void timestamp(Instant instant) {
        LocalDateTime utc = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
        digits(utc.getYear(), 4).append('-');
        digits(utc.getMonthValue(), 2).append('-');
        digits(utc.getDayOfMonth(), 2).append(' ');
        digits(utc.getHour(), 2).append(':');
        digits(utc.getMinute(), 2).append(':');
        digits(utc.getSecond(), 2).append('.');
        digits(utc.getNano() / 1000, 6).append("+00\t");
    }

    private StringBuilder digits(int value, int width) {
        int divisor = 1;
        for (int i = 1; i < width; i++) {
            divisor *= 10;
        }
        for (; divisor > 0; divisor /= 10) {
            rows.append((char) ('0' + value / divisor % 10));
        }
        return rows;
    }

    private void text(String value) {
        escaped(value);
        rows.append('\t');
    }

    /** COPY's text format: \N for null, and backslash, tab, newline and carriage return escaped. */
    private void escaped(String value) {
        if (value == null) {
            rows.append("\\N");
        } else if (value.indexOf('\\') < 0 && value.indexOf('\t') < 0 && value.indexOf('\n') < 0
                && value.indexOf('\r') < 0) {
            rows.append(value); // codes and ids: nothing to escape, so the string goes in whole
        } else {
            for (int i = 0; i < value.length(); i++) {
                char ch = value.charAt(i);
                switch (ch) {
                    case '\\' -> rows.append("\\\\");
                    case '\t' -> rows.append("\\t");
                    case '\n' -> rows.append("\\n");
                    case '\r' -> rows.append("\\r");
                    default -> rows.append(ch);
                }
            }
        }
    }
}
