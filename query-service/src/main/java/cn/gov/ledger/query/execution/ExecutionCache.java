package cn.gov.ledger.query.execution;

import cn.gov.ledger.query.slice.Slice;
import cn.gov.ledger.query.projection.TablesReplaced;
import cn.gov.ledger.query.tables.HeldYears;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Where a slice's sums come from. Department-years recently asked for are held in memory ({@link HeldYears}),
 * least recently used first out, up to {@code cacheMaxFacts} facts in all, each complete up to the settled
 * position; the few facts between that and the slice's position are read and added. A department-year larger
 * than the whole cache is read for the request and let go (slow, but exact).
 */
@Component
class ExecutionCache {

    private final ExecutionRepository repository;
    private final HeldYears<ExecutionColumns> held;

    ExecutionCache(ExecutionRepository repository, ExecutionProperties properties) {
        this.repository = repository;
        this.held = new HeldYears<>(properties.cacheMaxFacts(), () -> new ExecutionColumns(0));
    }

    /** @param settled the projection's settled position: facts at or below it never need reading again */
    Map<String, LineSums> sums(Slice slice, long settled) {
        ExecutionColumns columns = held.columns(slice.department(), slice.fiscalYear());
        int added = columns.catchUp(repository, slice.department(), slice.fiscalYear(), settled);
        held.added(slice.department(), slice.fiscalYear(), columns, added);
        ExecutionColumns.Scanned scanned = columns.sums(slice);
        if (slice.position() <= scanned.coveredUpTo()) {
            return scanned.sums();
        }
        ExecutionColumns tail = new ExecutionColumns(scanned.coveredUpTo());
        tail.catchUp(repository, slice.department(), slice.fiscalYear(), slice.position());
        Map<String, LineSums> all = new HashMap<>(scanned.sums());
        tail.sums(slice).sums().forEach((line, more) -> all.merge(line, more, LineSums::plus));
        return all;
    }

    /** A rebuild replaced the facts: what is held was read from the old tables. */
    @EventListener
    void forgetAll(TablesReplaced replaced) {
        held.clear();
    }
}
