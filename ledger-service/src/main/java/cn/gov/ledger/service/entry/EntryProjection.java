package cn.gov.ledger.service.entry;

import cn.gov.ledger.api.budget.BudgetAdjusted;
import cn.gov.ledger.api.budget.BudgetAppropriated;
import cn.gov.ledger.api.budget.ExpenditureRecorded;
import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.api.code.EntryKind;
import cn.gov.ledger.api.entry.EntryReversed;
import cn.gov.ledger.api.income.IncomeRecorded;
import cn.gov.ledger.service.posting.PostedPositions;
import java.time.LocalDate;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes {@code ledger_entry} in the same transaction as each entry's event (a subscribing processor), with
 * the event's global position, which the posting answers with for read-your-writes on the query side.
 */
@Component
@ProcessingGroup("write-side")
class EntryProjection {

    private final JdbcTemplate jdbc;
    private final PostedPositions positions;

    EntryProjection(JdbcTemplate jdbc, PostedPositions positions) {
        this.jdbc = jdbc;
        this.positions = positions;
    }

    @EventHandler
    void on(BudgetAppropriated e, @MessageIdentifier String eventId) {
        insert(e.entryId(), e.lineId(), EntryKind.APPROPRIATION, e.line(), e.amountFen(), e.businessDate(), null, eventId);
    }

    @EventHandler
    void on(BudgetAdjusted e, @MessageIdentifier String eventId) {
        insert(e.entryId(), e.lineId(), EntryKind.ADJUSTMENT, e.line(), e.amountFen(), e.businessDate(), null, eventId);
    }

    @EventHandler
    void on(ExpenditureRecorded e, @MessageIdentifier String eventId) {
        insert(e.entryId(), e.lineId(), EntryKind.EXPENDITURE, e.classification(), e.amountFen(), e.businessDate(),
                null, eventId);
    }

    @EventHandler
    void on(IncomeRecorded e, @MessageIdentifier String eventId) {
        insert(e.entryId(), e.accountId(), EntryKind.INCOME, e.classification(), e.amountFen(), e.businessDate(),
                null, eventId);
    }

    @EventHandler
    void on(EntryReversed e, @MessageIdentifier String eventId) {
        insert(e.entryId(), e.aggregateId(), e.kind(), e.classification(), e.amountFen(), e.businessDate(),
                e.reversedEntryId(), eventId);
        jdbc.update("UPDATE ledger_entry SET reversed_by = ? WHERE entry_id = ?", e.entryId(), e.reversedEntryId());
    }

    private void insert(String entryId, String aggregateId, EntryKind kind, Classification c, long amountFen,
                        LocalDate businessDate, String reversalOf, String eventId) {
        Long position = jdbc.queryForObject("INSERT INTO ledger_entry (entry_id, aggregate_id, kind, department,"
                        + " unit, fiscal_year, source, functional_code, economic_code, amount_fen, business_date,"
                        + " reversal_of, position) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, global_index"
                        + " FROM domain_event_entry WHERE event_identifier = ? RETURNING position", Long.class,
                entryId, aggregateId, kind.name(), c.department(), c.unit(), c.fiscalYear(), c.source().name(),
                c.functionalCode().value(), c.economicCode() == null ? null : c.economicCode().value(), amountFen,
                businessDate, reversalOf, eventId);
        positions.record(entryId, position);
    }
}
