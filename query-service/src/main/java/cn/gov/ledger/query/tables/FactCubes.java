package cn.gov.ledger.query.tables;

import cn.gov.ledger.query.projection.TablesReplaced;
import cn.gov.ledger.query.slice.Slice;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Where a table's cube comes from. Department-years recently asked for are kept in memory
 * ({@link FactColumns}), least recently used first out, up to {@code cacheMaxFacts} facts in all, each
 * complete up to the settled position; the few facts between that and the slice's position are summed
 * by PostgreSQL and added. A department-year too large for the cache, or every one when the limit is 0,
 * is summed by PostgreSQL alone.
 */
@Component
class FactCubes {

    private final FactCubeRepository repository;
    private final long maxFacts;
    private final LinkedHashMap<String, FactColumns> held = new LinkedHashMap<>(16, 0.75f, true);
    /** Department-years found larger than the whole cache: they only grow, so they stay with PostgreSQL. */
    private final Set<String> oversized = new HashSet<>();
    private long heldFacts;

    FactCubes(FactCubeRepository repository, TablesProperties properties) {
        this.repository = repository;
        this.maxFacts = properties.cacheMaxFacts();
    }

    /** @param settled the projection's settled position: facts at or below it never need reading again */
    FactCube cube(Slice slice, long settled) {
        if (maxFacts <= 0) {
            return repository.load(slice);
        }
        String id = slice.department() + "\u0000" + slice.fiscalYear();
        FactColumns columns;
        synchronized (held) {
            if (oversized.contains(id)) {
                return repository.load(slice);
            }
            columns = held.computeIfAbsent(id, key -> new FactColumns());
        }
        int added = columns.catchUp(repository, slice.department(), slice.fiscalYear(), settled);
        synchronized (held) {
            if (held.get(id) == columns) {
                heldFacts += added;
            }
            if (columns.size() > maxFacts) {
                oversized.add(id);
                forget(id, columns);
                return repository.load(slice);
            }
            evictBeyondLimit(id);
        }
        FactColumns.Cached cached = columns.cube(slice);
        return slice.position() <= cached.coveredUpTo() ? cached.cube()
                : cached.cube().plus(repository.load(slice, cached.coveredUpTo()));
    }

    private void evictBeyondLimit(String keep) {
        Iterator<Map.Entry<String, FactColumns>> eldest = held.entrySet().iterator();
        while (heldFacts > maxFacts && eldest.hasNext()) {
            Map.Entry<String, FactColumns> entry = eldest.next();
            if (!entry.getKey().equals(keep)) {
                heldFacts -= entry.getValue().size();
                eldest.remove();
            }
        }
    }

    /** A rebuild replaced the facts: what is held was read from the old tables. */
    @EventListener
    void forgetAll(TablesReplaced replaced) {
        synchronized (held) {
            held.clear();
            oversized.clear();
            heldFacts = 0;
        }
    }

    private void forget(String id, FactColumns columns) {
        if (held.remove(id, columns)) {
            heldFacts -= columns.size();
        }
    }
}
