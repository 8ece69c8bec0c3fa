package cn.gov.ledger.query.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What is about to be kept: the point, the report's HTML and its PDF, and each table's JSON, as computed once.
 *
 * @param tables in central order, 01 to 09
 */
record FrozenPublication(Point point, byte[] reportHtml, byte[] reportPdf, List<FrozenTable> tables) {

    /** The point of the ledger a publication freezes, and how it is printed. */
    record Point(String department, int fiscalYear, LocalDate asOf, Instant knownAt, long position, String profile,
                 String note) {
    }

    /** One table's JSON exactly as it will be served. */
    record FrozenTable(String table, String title, byte[] json) {
    }
}
