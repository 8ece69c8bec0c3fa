package cn.gov.ledger.query.tables;

import cn.gov.ledger.query.slice.Slice;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The table facts of one department-year in memory, column by column, complete up to a settled position
 * (see Progress#settled: nothing at or below it can still arrive). Facts never change, so catching up only
 * appends; a cube
 * for any asOf, knownAt and position is one pass over primitive arrays, without a database round trip
 * whose cost grows with the department's postings.
 */
final class FactColumns implements HeldYears.Columns {

    private static final int INITIAL = 1024;

    private final Map<CubeCell, Integer> keyIds = new HashMap<>();
    private final List<CubeCell> keys = new ArrayList<>();
    private final Map<String, Integer> unitIds = new HashMap<>();
    private int[] key = new int[INITIAL];
    private int[] unit = new int[INITIAL];
    private int[] businessDay = new int[INITIAL];
    private long[] recordedMicros = new long[INITIAL];
    private long[] position = new long[INITIAL];
    private long[] amount = new long[INITIAL];
    private int size;
    private long coveredUpTo;

    /** Loads the facts with positions after what is held, up to {@code safePosition}; returns how many were added. */
    synchronized int catchUp(FactCubeRepository repository, String department, int fiscalYear, long safePosition) {
        if (safePosition <= coveredUpTo) {
            return 0;
        }
        int before = size;
        repository.rows(department, fiscalYear, coveredUpTo, safePosition, this::append);
        coveredUpTo = safePosition;
        return size - before;
    }

    @Override
    public synchronized int size() {
        return size;
    }

    /**
     * Sums the held facts of the slice per key. Facts above {@link Cached#coveredUpTo()} are not held:
     * whoever needs them adds them from the database.
     */
    Cached cube(Slice slice) {
        Snapshot facts = snapshot();
        int wantedUnit = slice.unit() == null ? -1 : facts.unitIds().getOrDefault(slice.unit(), -2);
        long asOfDay = slice.asOf().toEpochDay();
        long knownMicros = slice.recordedMicros();
        long upTo = slice.position();
        long[] sums = new long[facts.keys().size()];
        boolean[] seen = new boolean[sums.length];
        for (int i = 0; i < facts.size(); i++) {
            if ((wantedUnit == -1 || facts.unit()[i] == wantedUnit) && facts.businessDay()[i] <= asOfDay
                    && facts.recordedMicros()[i] <= knownMicros && facts.position()[i] <= upTo) {
                sums[facts.key()[i]] += facts.amount()[i];
                seen[facts.key()[i]] = true;
            }
        }
        List<CubeCell> cells = new ArrayList<>();
        for (int k = 0; k < sums.length; k++) {
            if (seen[k]) {
                cells.add(facts.keys().get(k).withAmount(sums[k]));
            }
        }
        return new Cached(new FactCube(cells), facts.coveredUpTo());
    }

    private void append(CubeCell cellKey, String unitCode, long day, long recorded, long at, long fen) {
        if (size == key.length) {
            int capacity = size * 2;
            key = Arrays.copyOf(key, capacity);
            unit = Arrays.copyOf(unit, capacity);
            businessDay = Arrays.copyOf(businessDay, capacity);
            recordedMicros = Arrays.copyOf(recordedMicros, capacity);
            position = Arrays.copyOf(position, capacity);
            amount = Arrays.copyOf(amount, capacity);
        }
        key[size] = keyIds.computeIfAbsent(cellKey, k -> {
            keys.add(k);
            return keys.size() - 1;
        });
        unit[size] = unitIds.computeIfAbsent(unitCode, u -> unitIds.size());
        businessDay[size] = Math.toIntExact(day);
        recordedMicros[size] = recorded;
        position[size] = at;
        amount[size] = fen;
        size++;
    }

    /**
     * The arrays and their filled length, taken under the lock: appends write past {@code size} or into
     * new arrays, so a reader scanning a snapshot never sees a half-written fact.
     */
    private synchronized Snapshot snapshot() {
        return new Snapshot(key, unit, businessDay, recordedMicros, position, amount, size, coveredUpTo,
                List.copyOf(keys), Map.copyOf(unitIds));
    }

    /** A cube of the held facts and the position up to which every fact is held. */
    record Cached(FactCube cube, long coveredUpTo) {
    }

    private record Snapshot(int[] key, int[] unit, int[] businessDay, long[] recordedMicros, long[] position,
                            long[] amount, int size, long coveredUpTo, List<CubeCell> keys,
                            Map<String, Integer> unitIds) {
    }
}
