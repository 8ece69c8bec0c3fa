package cn.gov.ledger.query.tables;

import cn.gov.ledger.query.slice.Slice;
import cn.gov.ledger.query.projection.TablesReplaced;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Where a table's cube comes from. Department-years recently asked for are kept in memory
 * ({@link FactColumns} in {@link HeldYears}), least recently used first out, up to {@code cacheMaxFacts}
 * facts in all, each complete up to the settled position; the few facts between that and the slice's
 * position are summed by PostgreSQL and added. A department-year too large for the cache, or every one
 * when the limit is 0, is summed by PostgreSQL alone.
 */
@Component
class FactCubes {

    private final FactCubeRepository repository;
    private final long maxFacts;
    private final HeldYears<FactColumns> held;
    /** Department-years found larger than the whole cache: they only grow, so they stay with PostgreSQL. */
    private final Set<String> oversized = ConcurrentHashMap.newKeySet();

    FactCubes(FactCubeRepository repository, TablesProperties properties) {
        this.repository = repository;
        this.maxFacts = properties.cacheMaxFacts();
        this.held = new HeldYears<>(maxFacts, FactColumns::new);
    }

    /** @param settled the projection's settled position: facts at or below it never need reading again */
    FactCube cube(Slice slice, long settled) {
        String id = slice.department() + "\u0000" + slice.fiscalYear();
        if (maxFacts <= 0 || oversized.contains(id)) {
            return repository.load(slice);
        }
        FactColumns columns = held.columns(slice.department(), slice.fiscalYear());
        int added = columns.catchUp(repository, slice.department(), slice.fiscalYear(), settled);
        if (!held.added(slice.department(), slice.fiscalYear(), columns, added)) {
            oversized.add(id);
            return repository.load(slice);
        }
        FactColumns.Cached cached = columns.cube(slice);
        return slice.position() <= cached.coveredUpTo() ? cached.cube()
                : cached.cube().plus(repository.load(slice, cached.coveredUpTo()));
    }

    /** A rebuild replaced the facts: what is held was read from the old tables. */
    @EventListener
    void forgetAll(TablesReplaced replaced) {
        held.clear();
        oversized.clear();
    }
}
