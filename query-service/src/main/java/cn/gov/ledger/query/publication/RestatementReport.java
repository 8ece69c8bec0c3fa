package cn.gov.ledger.query.publication;

import cn.gov.ledger.query.audit.AuditedEntry;
import cn.gov.ledger.query.audit.TableChanges.Bound;
import java.time.LocalDate;
import java.util.List;

/**
 * The cells of a publication that the ledger now gives differently, with the entries behind each
 * difference.
 *
 * @param published the publication's frozen recording instant and position
 * @param current   the position "now" was read at (no recording-instant limit)
 */
record RestatementReport(long publication, String department, int fiscalYear, LocalDate asOf, Bound published,
                         Bound current, Summary summary, List<Restatement> restatements) {

    /** How many cells differ, and in which tables (central numbers). */
    record Summary(int changedCells, List<String> tablesAffected) {
    }

    /**
     * One cell: as published, as the ledger gives it now, and the difference (万元 rounded once, and exact
     * fen). {@code differenceFen} is the signed sum of the entries recorded since the publication that the
     * cell counts; {@code entries} lists them, up to the request's limit per table, of {@code entryCount}.
     *
     * @param side "income" or "expenditure" in tables 01 and 04, absent elsewhere
     */
    record Restatement(String table, String title, String side, String rowKey, String rowName, String columnKey,
                       String columnLabel, String published, String current, String difference, long publishedFen,
                       long currentFen, long differenceFen, long entryCount, List<AuditedEntry> entries) {
    }
}
