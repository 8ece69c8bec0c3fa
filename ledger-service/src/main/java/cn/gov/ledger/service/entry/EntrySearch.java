package cn.gov.ledger.service.entry;

import cn.gov.ledger.api.code.EntryKind;
import cn.gov.ledger.api.code.Money;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The most recent entries matching a filter, newest first. Voucher, payee and memo live only in the events,
 * so each row is joined to its event (by position) and the payload read as JSON; the filter on the indexed
 * columns and the limit keep that to a page of events. Pages are cut by position (keyset), so a page stays
 * cheap however far back the clerk goes and a new entry never shifts the next page.
 */
@Component
public class EntrySearch {

    private static final String SELECT = """
            SELECT e.entry_id, e.kind, e.department, e.unit, e.fiscal_year, e.source, e.functional_code,
                   e.economic_code, coalesce(p.j->'classification', p.j->'line')->>'expenditureType',
                   coalesce(p.j->'classification', p.j->'line')->>'project', e.amount_fen, e.business_date,
                   coalesce(p.j->>'voucherNo', p.j->>'documentNo'), p.j->>'payee', coalesce(p.j->>'memo', p.j->>'reason'),
                   e.reversal_of, e.reversed_by, convert_from(d.meta_data, 'UTF8')::jsonb->>'actor', e.position
            FROM ledger_entry e JOIN domain_event_entry d ON d.global_index = e.position
            CROSS JOIN LATERAL (SELECT convert_from(d.payload, 'UTF8')::jsonb AS j) p
            WHERE true""";

    private final JdbcTemplate jdbc;

    EntrySearch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} entries matching the filter recorded before {@code before} (a position; null = any). */
    public List<EntryLine> recent(EntryFilter filter, Long before, int limit) {
        StringBuilder sql = new StringBuilder(SELECT);
        List<Object> args = new ArrayList<>();
        where(sql, args, " AND e.position < ?", before);
        where(sql, args, " AND e.department = ?", filter.department());
        where(sql, args, " AND e.unit = ?", filter.unit());
        where(sql, args, " AND e.fiscal_year = ?", filter.fiscalYear());
        where(sql, args, " AND e.kind = ?", filter.kind() == null ? null : filter.kind().name());
        where(sql, args, " AND e.business_date >= ?", filter.from());
        where(sql, args, " AND e.business_date <= ?", filter.to());
        if (filter.code() != null) {
            sql.append(" AND (e.functional_code LIKE ? OR e.economic_code LIKE ?)");
            args.add(literal(filter.code()) + "%");
            args.add(literal(filter.code()) + "%");
        }
        if (filter.text() != null) {
            sql.append(" AND concat_ws(' ', p.j->>'voucherNo', p.j->>'documentNo', p.j->>'payee', p.j->>'memo',"
                    + " p.j->>'reason') ILIKE ?");
            args.add("%" + literal(filter.text()) + "%");
        }
        sql.append(" ORDER BY e.position DESC LIMIT ?");
        args.add(limit);
        return jdbc.query(sql.toString(), (rs, i) -> new EntryLine(rs.getString(1), EntryKind.valueOf(rs.getString(2)),
                rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getString(9), rs.getString(10), Money.toYuan(rs.getLong(11)), rs.getDate(12).toLocalDate(),
                rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16), rs.getString(17),
                rs.getString(18), rs.getLong(19)), args.toArray());
    }

    private static void where(StringBuilder sql, List<Object> args, String condition, Object value) {
        if (value != null) {
            sql.append(condition);
            args.add(value);
        }
    }

    /** The text matched as itself: LIKE's wildcards in it are escaped. */
    private static String literal(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
