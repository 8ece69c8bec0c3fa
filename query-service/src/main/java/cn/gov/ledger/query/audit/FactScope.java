package cn.gov.ledger.query.audit;

import cn.gov.ledger.query.tables.TableFormulas;
import cn.gov.ledger.query.tables.TableView;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Which facts a drill-down or a diff reads: the slice a served table was built from (department or one
 * unit, fiscal year, business date, recording instant, event position), for a diff less the facts of
 * the earlier table's slice. The conditions are those of the table's own cube, so the facts found are
 * the ones the table summed.
 */
record FactScope(String department, int fiscalYear, String unit, LocalDate asOf, Instant recordedBy, long position,
                 Instant earlierRecordedBy, Long earlierPosition) {

    static FactScope of(TableFormulas table) {
        TableView view = table.view();
        return new FactScope(view.department(), view.fiscalYear(), view.unit(), view.asOf(), table.recordedBy(),
                view.position(), null, null);
    }

    /** The facts of this slice that the earlier table (same department, year, unit and asOf) did not have. */
    FactScope since(TableFormulas earlier) {
        return new FactScope(department, fiscalYear, unit, asOf, recordedBy, position, earlier.recordedBy(),
                earlier.view().position());
    }

    /** SQL conditions on the facts aliased {@code f}; their arguments are appended to {@code args}. */
    String where(List<Object> args) {
        StringBuilder sql = new StringBuilder("f.department = ? AND f.fiscal_year = ? AND f.business_date <= ?"
                + " AND f.position <= ?");
        args.addAll(List.of(department, fiscalYear, asOf, position));
        if (recordedBy != null) {
            sql.append(" AND f.recorded_at <= ?");
            args.add(Timestamp.from(recordedBy));
        }
        if (unit != null) {
            sql.append(" AND f.unit = ?");
            args.add(unit);
        }
        if (earlierPosition != null) {
            sql.append(" AND NOT (f.position <= ?");
            args.add(earlierPosition);
            if (earlierRecordedBy != null) {
                sql.append(" AND f.recorded_at <= ?");
                args.add(Timestamp.from(earlierRecordedBy));
            }
            sql.append(')');
        }
        return sql.toString();
    }

    /** Whether the (later) table counts this fact: used to say if a related reversal is in the figures. */
    boolean counts(FactRow fact) {
        return fact.position() <= position && !fact.businessDate().isAfter(asOf)
                && (recordedBy == null || !fact.recordedAt().isAfter(recordedBy))
                && (unit == null || unit.equals(fact.unit()));
    }
}
