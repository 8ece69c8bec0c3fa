package cn.gov.ledger.query.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What changed in a table between two points of the ledger's history (same department or unit, year and
 * asOf): every cell whose exact value differs, with the entries recorded in between that changed it.
 */
public record TableChanges(String table, String title, String department, int fiscalYear, String unit, LocalDate asOf,
                    String currencyUnit, Bound from, Bound to, int changedCells, List<CellChange> changes) {

    /**
     * One end of the comparison.
     *
     * @param knownAt  the recording instant asked for, absent when only the position bounds it
     * @param position the event position the table at this end reflects
     */
    public record Bound(Instant knownAt, long position) {
    }

    /**
     * A changed cell. {@code changeFen} = afterFen − beforeFen = {@code entriesSumFen}, the signed sum of
     * the entries recorded between the two ends that its formula counts; {@code entries} lists the first
     * {@code limit} of {@code entryCount} of them.
     */
    public record CellChange(String side, String rowKey, String rowName, String columnKey, String columnLabel, String before,
                      String after, long beforeFen, long afterFen, long changeFen, long entryCount, long entriesSumFen,
                      List<AuditedEntry> entries) {
    }
}
