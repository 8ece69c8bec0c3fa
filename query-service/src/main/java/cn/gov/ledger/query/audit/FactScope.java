package cn.gov.ledger.query.audit;

import cn.gov.ledger.query.slice.Slice;
import cn.gov.ledger.query.slice.SliceConditions;
import cn.gov.ledger.query.tables.TableFormulas;
import cn.gov.ledger.query.tables.TableView;
import java.time.Instant;
import java.util.List;

/**
 * Which facts a drill-down or a diff reads: the slice a served table was built from, for a diff less the facts
 * the earlier table's slice saw (its position and recording instant). The conditions are those of the table's
 * own cube ({@link SliceConditions}), so the facts found are the ones the table summed.
 */
record FactScope(Slice slice, Long earlierPosition, Instant earlierKnownAt) {

    static FactScope of(Slice slice) {
        return new FactScope(slice, null, null);
    }

    static FactScope of(TableFormulas table) {
        TableView view = table.view();
        return of(Slice.of(view.department(), view.fiscalYear(), view.unit(), view.asOf(), table.recordedBy(),
                view.position()));
    }

    /** The facts of this slice that the earlier table (same department, year, unit and asOf) did not have. */
    FactScope since(TableFormulas earlier) {
        return new FactScope(slice, earlier.view().position(), earlier.recordedBy());
    }

    /** SQL conditions on the facts aliased {@code f}; their arguments are appended to {@code args}. */
    String where(List<Object> args) {
        String sql = SliceConditions.facts("f", slice, args);
        return earlierPosition == null ? sql
                : sql + " AND " + SliceConditions.unseenBy("f", earlierPosition, earlierKnownAt, args);
    }

    /** Whether the (later) table counts this fact: used to say if a related reversal is in the figures. */
    boolean counts(FactRow fact) {
        return slice.counts(fact.businessDate(), fact.recordedAt(), fact.position(), fact.unit());
    }
}
