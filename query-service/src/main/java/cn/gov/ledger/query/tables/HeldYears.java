package cn.gov.ledger.query.tables;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Department-years held in memory column by column (the tables' facts, the execution's facts), least recently
 * used first out, up to {@code maxFacts} facts in all. A year larger than the whole limit is let go at once.
 *
 * @param <C> what one department-year holds
 */
public final class HeldYears<C extends HeldYears.Columns> {

    /** What one department-year holds: it only grows as it catches up with the ledger. */
    public interface Columns {

        int size();
    }

    private final long maxFacts;
    private final Supplier<C> empty;
    private final LinkedHashMap<String, C> held = new LinkedHashMap<>(16, 0.75f, true);
    private long heldFacts;

    public HeldYears(long maxFacts, Supplier<C> empty) {
        this.maxFacts = maxFacts;
        this.empty = empty;
    }

    /** The year's held columns, new and empty (and held from now on) when none are. */
    public C columns(String department, int fiscalYear) {
        synchronized (held) {
            return held.computeIfAbsent(id(department, fiscalYear), key -> empty.get());
        }
    }

    /**
     * Counts what a catch-up added to the year's columns, then keeps within the limit: the year itself is let go
     * when it alone is over it, otherwise the least recently used others.
     *
     * @return whether the year is within the limit (a year over it is still exact for the request in hand)
     */
    public boolean added(String department, int fiscalYear, C columns, int added) {
        String id = id(department, fiscalYear);
        synchronized (held) {
            if (held.get(id) == columns) {
                heldFacts += added;
            }
            boolean fits = columns.size() <= maxFacts;
            if (!fits && held.remove(id, columns)) {
                heldFacts -= columns.size();
            }
            evictBeyondLimit(id);
            return fits;
        }
    }

    /** Lets go of everything held, as when a rebuild replaced the facts it was read from. */
    public void clear() {
        synchronized (held) {
            held.clear();
            heldFacts = 0;
        }
    }

    private void evictBeyondLimit(String keep) {
        Iterator<Map.Entry<String, C>> eldest = held.entrySet().iterator();
        while (heldFacts > maxFacts && eldest.hasNext()) {
            Map.Entry<String, C> entry = eldest.next();
            if (!entry.getKey().equals(keep)) {
                heldFacts -= entry.getValue().size();
                eldest.remove();
            }
        }
    }

    private static String id(String department, int fiscalYear) {
        return department + "\u0000" + fiscalYear;
    }
}
