package cn.gov.ledger.query.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A publication as served: the frozen point of the ledger, who published it and when, and the hash of
 * every table's JSON and of the whole report's HTML and PDF, as they were kept and are served.
 *
 * @param reportPdfSha256 null for a publication made before PDFs were kept
 * @param position     the event position every table reflects: all events at or below it, none above
 * @param profile      the layout profile the report and the HTML/XLSX tables are printed in
 * @param chainPosition   the position of the audit hash chain's head when it was published (null before V91)
 * @param chainHeadSha256 that head's hash, hex: a chain recomputed later inside the database no longer matches it
 * @param supersededBy the next publication of the same department and year, if there is one
 */
public record Publication(long id, String department, int fiscalYear, LocalDate asOf, Instant knownAt, long position,
                          String profile, String note, String publisher, Instant publishedAt, List<TableHash> tables,
                          String reportSha256, String reportPdfSha256, Long chainPosition, String chainHeadSha256,
                          Long supersededBy) {

    Publication supersededBy(long newer) {
        return new Publication(id, department, fiscalYear, asOf, knownAt, position, profile, note, publisher,
                publishedAt, tables, reportSha256, reportPdfSha256, chainPosition, chainHeadSha256, newer);
    }

    /** One frozen table: its central number, title, and the SHA-256 of its JSON as served. */
    public record TableHash(String table, String title, String sha256) {
    }
}
