package cn.gov.ledger.query.progress;

import cn.gov.ledger.api.AppendLock;
import cn.gov.ledger.query.axon.EventStoreProperties;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tells holes from gaps. A gap is an index a segment passed while it was empty; it is a hole for ever once
 * the append that drew it has ended without filling it (rolled back, killed, or lost in a database restart).
 * Every append holds the {@link AppendLock} from before it draws its index until it ends, so the append of
 * a gap is among the lock's holders at the moment the gap is first seen, or already over. Once none of those
 * holders still holds the lock and the index is still empty, nothing can fill it. Under steady load the
 * holders change within milliseconds, so a hole is known at the next look, not after Axon's gap timeout.
 */
@Component
class Holes {

    // Advisory locks are per database: the same key held in another database on the server (another ledger, a
    // long import there) is not an append of this ledger and must not keep its holes waiting for the gap timeout.
    private static final String HOLDERS = "SELECT virtualtransaction FROM pg_locks WHERE locktype = 'advisory'"
            + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
            + " AND classid = ? AND objid = ? AND objsubid = 1";

    private final JdbcTemplate jdbc;
    private final String eventTable;
    /** Each open gap with the appends that held the lock when it was first seen: one of them drew it. */
    private final Map<Long, Set<String>> suspects = new HashMap<>();

    Holes(JdbcTemplate jdbc, EventStoreProperties properties) {
        this.jdbc = jdbc;
        this.eventTable = properties.eventTable();
    }

    /** Of these gaps, the ones that are still empty and can never be filled. */
    synchronized SortedSet<Long> among(SortedSet<Long> gaps) {
        suspects.keySet().retainAll(gaps);
        if (gaps.isEmpty()) {
            return Collections.emptySortedSet();
        }
        // Holders first, emptiness second: an append that ends between the two reads is seen as ended, and
        // then its index as filled if it committed.
        Set<String> appending = new HashSet<>(jdbc.queryForList(HOLDERS, String.class,
                (int) (AppendLock.KEY >>> 32), (int) AppendLock.KEY));
        Set<Long> filled = new HashSet<>(jdbc.queryForList("SELECT global_index FROM " + eventTable
                + " WHERE global_index = ANY (?)", Long.class, (Object) gaps.toArray(Long[]::new)));
        SortedSet<Long> holes = new TreeSet<>();
        for (Long gap : gaps) {
            if (filled.contains(gap)) {
                suspects.remove(gap);
                continue;
            }
            Set<String> drawnBy = suspects.computeIfAbsent(gap, first -> appending);
            if (Collections.disjoint(drawnBy, appending)) {
                holes.add(gap);
            }
        }
        return holes;
    }
}
