package cn.gov.ledger.query.audit;

import cn.gov.ledger.api.code.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An entry behind a cell, with its events.
 *
 * @param coefficient     how the cell counts the entry: +1, or −1 where the cell subtracts its group
 * @param amountFen       the entry's own amount (a reversal's is negative)
 * @param amount          the same in yuan
 * @param contributionFen coefficient × amount: what the entry adds to the cell; these add up to the cell
 * @param entryId         null for an opening balance (see eventId and rowNo)
 * @param reversalOf      for a reversal, the entry it undoes
 */
public record AuditedEntry(String entryId, String kind, long coefficient, long amountFen, String amount, long contributionFen,
                    LocalDate businessDate, String unit, String source, String functionalCode, String expenditureType,
                    String economicCode, String project, String lineId, String reversalOf, long position,
                    String eventId, int rowNo, Instant recordedAt, List<EntryEvent> events) {

    static AuditedEntry of(FactRow fact, List<EntryEvent> events) {
        return new AuditedEntry(fact.entryId(), fact.kind(), fact.coefficient(), fact.amountFen(),
                Money.toYuan(fact.amountFen()), fact.contributionFen(), fact.businessDate(), fact.unit(), fact.source(),
                fact.functionalCode(), fact.expenditureType(), fact.economicCode(), fact.project(), fact.lineId(),
                fact.reversalOf(), fact.position(), fact.eventId(), fact.rowNo(), fact.recordedAt(), events);
    }
}
