package cn.gov.ledger.service.entry;

import cn.gov.ledger.api.code.EconomicCode;
import cn.gov.ledger.api.code.EntryKind;
import cn.gov.ledger.service.problem.Rejection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** Looks entries up in {@code ledger_entry}, which {@link EntryProjection} keeps in step with the events. */
@Component
public class EntryBook {

    private static final String COLUMNS = "entry_id, aggregate_id, kind, department, unit, fiscal_year,"
            + " economic_code, amount_fen, business_date, reversal_of, reversed_by, position";
    private static final RowMapper<EntryRecord> ROW = (rs, i) -> new EntryRecord(rs.getString(1), rs.getString(2),
            EntryKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getInt(6),
            rs.getString(7) == null ? null : EconomicCode.of(rs.getString(7)), rs.getLong(8),
            rs.getDate(9).toLocalDate(), rs.getString(10), rs.getString(11), rs.getLong(12));

    private final JdbcTemplate jdbc;

    EntryBook(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<EntryRecord> find(String entryId) {
        List<EntryRecord> found = jdbc.query("SELECT " + COLUMNS + " FROM ledger_entry WHERE entry_id = ?", ROW, entryId);
        return found.stream().findFirst();
    }

    /**
     * The entry to reverse, row-locked until this transaction ends: two reversals of one entry racing each
     * other serialise here, and the second sees the first's mark and is refused.
     */
    public EntryRecord lockForReversal(String entryId, String aggregateId) {
        EntryRecord entry = jdbc.query("SELECT " + COLUMNS + " FROM ledger_entry WHERE entry_id = ? FOR UPDATE",
                ROW, entryId).stream().findFirst().filter(e -> e.aggregateId().equals(aggregateId))
                .orElseThrow(() -> Rejection.notFound("unknown-entry", "分录不存在 Unknown entry",
                        "no entry " + entryId));
        if (entry.reversalOf() != null) {
            throw Rejection.conflict("reversal-not-reversible", "冲销分录不可再冲销 A reversal cannot be reversed",
                    "entry " + entryId + " is itself the reversal of " + entry.reversalOf()).with("entryId", entryId);
        }
        if (entry.reversedBy() != null) {
            throw Rejection.conflict("already-reversed", "分录已冲销 Entry already reversed",
                    "entry " + entryId + " was already reversed by " + entry.reversedBy())
                    .with("entryId", entryId).with("reversedBy", entry.reversedBy());
        }
        return entry;
    }
}
