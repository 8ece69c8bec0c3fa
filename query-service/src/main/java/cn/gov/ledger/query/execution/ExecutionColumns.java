package cn.gov.ledger.query.execution;

import cn.gov.ledger.query.slice.Slice;
import cn.gov.ledger.query.tables.HeldYears;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The budget and spending facts of one department-year in memory, column by column. Facts never change, so
 * catching up only appends; the sums of any slice are one pass over primitive arrays. Appends write past
 * {@code size} or into new arrays, so a reader scanning a snapshot never sees a half-written fact.
 */
final class ExecutionColumns implements HeldYears.Columns {

    private static final int INITIAL = 256;

    private final Map<String, Integer> lineIds = new HashMap<>();
    private final List<LineKey> lines = new ArrayList<>();
    private final Map<String, Integer> unitIds = new HashMap<>();
    private int[] line = new int[INITIAL];
    private int[] unit = new int[INITIAL];
    private int[] day = new int[INITIAL];
    private byte[] month = new byte[INITIAL];
    private boolean[] spent = new boolean[INITIAL];
    private long[] recorded = new long[INITIAL];
    private long[] position = new long[INITIAL];
    private long[] amount = new long[INITIAL];
    private int size;
    private long coveredUpTo;

    /** @param coveredUpTo facts at or below this position are someone else's: reading starts after it */
    ExecutionColumns(long coveredUpTo) {
        this.coveredUpTo = coveredUpTo;
    }

    /** Reads the facts after what is held up to {@code upTo}; returns how many were added. */
    synchronized int catchUp(ExecutionRepository repository, String department, int fiscalYear, long upTo) {
        if (upTo <= coveredUpTo) {
            return 0;
        }
        int before = size;
        repository.facts(department, fiscalYear, coveredUpTo, upTo, this::append);
        coveredUpTo = upTo;
        return size - before;
    }

    @Override
    public synchronized int size() {
        return size;
    }

    /** Each line's sums in the slice over the facts held when called, and the position they are complete to. */
    Scanned sums(Slice slice) {
        int[] lineOf;
        int[] unitOf;
        int[] dayOf;
        byte[] monthOf;
        boolean[] spentOf;
        long[] recordedOf;
        long[] positionOf;
        long[] amountOf;
        int count;
        long covered;
        List<LineKey> keys;
        int wantedUnit;
        synchronized (this) {
            lineOf = line;
            unitOf = unit;
            dayOf = day;
            monthOf = month;
            spentOf = spent;
            recordedOf = recorded;
            positionOf = position;
            amountOf = amount;
            count = size;
            covered = coveredUpTo;
            keys = List.copyOf(lines);
            wantedUnit = slice.unit() == null ? -1 : unitIds.getOrDefault(slice.unit(), -2);
        }
        long asOfDay = slice.asOf().toEpochDay();
        long knownMicros = slice.recordedMicros();
        long upTo = slice.position();
        long[] budget = new long[keys.size() * 12];
        long[] paid = new long[keys.size() * 12];
        boolean[] seen = new boolean[keys.size()];
        for (int i = 0; i < count; i++) {
            if ((wantedUnit == -1 || unitOf[i] == wantedUnit) && dayOf[i] <= asOfDay && recordedOf[i] <= knownMicros
                    && positionOf[i] <= upTo) {
                int at = lineOf[i] * 12 + monthOf[i];
                if (spentOf[i]) {
                    paid[at] += amountOf[i];
                } else {
                    budget[at] += amountOf[i];
                }
                seen[lineOf[i]] = true;
            }
        }
        Map<String, LineSums> sums = new LinkedHashMap<>();
        for (int l = 0; l < keys.size(); l++) {
            if (seen[l]) {
                sums.put(keys.get(l).lineId(), new LineSums(keys.get(l), Arrays.copyOfRange(budget, l * 12, l * 12 + 12),
                        Arrays.copyOfRange(paid, l * 12, l * 12 + 12)));
            }
        }
        return new Scanned(sums, covered);
    }

    /** Sums over the facts held, complete up to {@code coveredUpTo}: any above it must be read and added. */
    record Scanned(Map<String, LineSums> sums, long coveredUpTo) {
    }

    private synchronized void append(ExecutionFact fact) {
        if (size == line.length) {
            int capacity = size * 2;
            line = Arrays.copyOf(line, capacity);
            unit = Arrays.copyOf(unit, capacity);
            day = Arrays.copyOf(day, capacity);
            month = Arrays.copyOf(month, capacity);
            spent = Arrays.copyOf(spent, capacity);
            recorded = Arrays.copyOf(recorded, capacity);
            position = Arrays.copyOf(position, capacity);
            amount = Arrays.copyOf(amount, capacity);
        }
        Integer id = lineIds.get(fact.line().lineId());
        if (id == null) {
            id = lines.size();
            lineIds.put(fact.line().lineId(), id);
            lines.add(fact.line());
        } else {
            lines.set(id, lines.get(id).or(fact.line()));
        }
        line[size] = id;
        unit[size] = unitIds.computeIfAbsent(fact.line().unit(), u -> unitIds.size());
        day[size] = fact.businessDay();
        month[size] = (byte) fact.month();
        spent[size] = fact.spent();
        recorded[size] = fact.recordedMicros();
        position[size] = fact.position();
        amount[size] = fact.amountFen();
        size++;
    }
}
