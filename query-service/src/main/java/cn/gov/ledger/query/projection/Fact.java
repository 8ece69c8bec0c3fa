package cn.gov.ledger.query.projection;

import cn.gov.ledger.api.code.Classification;
import java.time.LocalDate;

/**
 * One row of {@code query.fact}. {@code rowNo} numbers the facts one event produces (a year close gives
 * one per carried balance); with the event id it makes redelivery harmless. {@code lineId} is the
 * aggregate the entry sits on: the budget line, or the income account for income.
 */
record Fact(EventOrigin origin, int rowNo, FactKind kind, String entryId, String reversalOf,
            Classification classification, String lineId, long amountFen, LocalDate businessDate) {

    static Fact entry(EventOrigin origin, FactKind kind, String entryId, Classification classification,
                      String lineId, long amountFen, LocalDate businessDate) {
        return new Fact(origin, 0, kind, entryId, null, classification, lineId, amountFen, businessDate);
    }
}
