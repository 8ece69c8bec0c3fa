package cn.gov.ledger.query.audit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One fact as the drill-down reads it, with the cell it was matched for and its coefficient there.
 *
 * @param cell        index of the cell (in the request's list of cells) it was matched for; 0 for a
 *                    related fact read only to tell an entry's story
 * @param coefficient +1 or −1 (or another whole number) as the cell's formula counts the fact's group
 * @param entryId     null for an opening balance, which a year close produces
 * @param rowNo       numbers the facts of one event (a year close carries one per balance)
 */
record FactRow(int cell, long coefficient, long position, int rowNo, String eventId, String entryId, String reversalOf,
               String kind, String unit, String source, String functionalCode, String expenditureType, String project,
               String economicCode, String lineId, long amountFen, LocalDate businessDate, Instant recordedAt,
               String actor) {

    long contributionFen() {
        return Math.multiplyExact(coefficient, amountFen);
    }
}
