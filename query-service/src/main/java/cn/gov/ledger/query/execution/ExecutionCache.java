package cn.gov.ledger.query.execution;

import cn.gov.ledger.query.projection.TablesReplaced;
import cn.gov.ledger.query.slice.Slice;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Where a slice's sums come from. Department-years recently asked for are held in memory, least recently used
 * first out, up to {@code cacheMaxFacts} facts in all, each complete up to the settled position; the few facts
 * between that and the slice's position are read and added. A department-year larger than the whole cache is
 * read for the request and let go (slow, but exact).
 */
@Component
class ExecutionCache {

    private final ExecutionRepository repository;
    private final long maxFacts;
    private final LinkedHashMap<String, ExecutionColumns> held = new LinkedHashMap<>(16, 0.75f, true);
    private long heldFacts;

    ExecutionCache(ExecutionRepository repository, ExecutionProperties properties) {
        this.repository = repository;
        this.maxFacts = properties.cacheMaxFacts();
    }

    /** @param settled the projection's settled position: facts at or below it never need reading again */
    Map<String, LineSums> sums(Slice slice, long settled) {
        String id = slice.department() + "\u0000" + slice.fiscalYear();
        ExecutionColumns columns;
        synchronized (held) {
            columns = held.computeIfAbsent(id, key -> new ExecutionColumns(0));
        }
        int added = columns.catchUp(repository, slice.department(), slice.fiscalYear(), settled);
        synchronized (held) {
            if (held.get(id) == columns) {
                heldFacts += added;
                if (columns.size() > maxFacts) {
                    held.remove(id);
                    heldFacts -= columns.size();
                }
            }
            evictBeyondLimit(id);
        }
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

    private void evictBeyondLimit(String keep) {
        Iterator<Map.Entry<String, ExecutionColumns>> eldest = held.entrySet().iterator();
        while (heldFacts > maxFacts && eldest.hasNext()) {
            Map.Entry<String, ExecutionColumns> entry = eldest.next();
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
            heldFacts = 0;
        }
    }
}
