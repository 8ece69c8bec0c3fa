package cn.gov.ledger.query.projection;

import cn.gov.ledger.api.code.Classification;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Appends facts; runs inside the processor's transaction, so they commit with the token. */
@Repository
class FactWriter implements FactSink {

    private static final String INSERT = """
            INSERT INTO query.fact (position, event_id, row_no, entry_id, reversal_of, kind, department, unit,
                                    fiscal_year, source, functional_code, expenditure_type, project, economic_code,
                                    line_id, amount_fen, business_date, recorded_at, actor)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (event_id, row_no) DO NOTHING""";

    private final JdbcTemplate jdbc;

    FactWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void append(List<Fact> facts) {
        if (facts.size() == 1) {
            jdbc.update(INSERT, ps -> bind(ps, facts.get(0)));
        } else if (!facts.isEmpty()) {
            jdbc.batchUpdate(INSERT, facts, facts.size(), FactWriter::bind);
        }
    }

    private static void bind(PreparedStatement ps, Fact fact) throws SQLException {
        Classification c = fact.classification();
        ps.setLong(1, fact.origin().position());
        ps.setString(2, fact.origin().eventId());
        ps.setInt(3, fact.rowNo());
        ps.setString(4, fact.entryId());
        ps.setString(5, fact.reversalOf());
        ps.setString(6, fact.kind().name());
        ps.setString(7, c.department());
        ps.setString(8, c.unit());
        ps.setInt(9, c.fiscalYear());
        ps.setString(10, c.source().name());
        ps.setString(11, c.functionalCode().value());
        ps.setString(12, c.expenditureType() == null ? null : c.expenditureType().name());
        ps.setString(13, c.project());
        ps.setString(14, c.economicCode() == null ? null : c.economicCode().value());
        ps.setString(15, fact.lineId());
        ps.setLong(16, fact.amountFen());
        ps.setObject(17, fact.businessDate(), Types.DATE);
        ps.setObject(18, OffsetDateTime.ofInstant(fact.origin().recordedAt(), ZoneOffset.UTC),
                Types.TIMESTAMP_WITH_TIMEZONE);
        ps.setString(19, fact.origin().actor());
    }
}
