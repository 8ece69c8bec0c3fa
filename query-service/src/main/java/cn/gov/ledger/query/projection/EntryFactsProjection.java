package cn.gov.ledger.query.projection;

import cn.gov.ledger.api.budget.BudgetAdjusted;
import cn.gov.ledger.api.budget.BudgetAppropriated;
import cn.gov.ledger.api.budget.ExpenditureRecorded;
import cn.gov.ledger.api.entry.EntryReversed;
import cn.gov.ledger.api.income.IncomeRecorded;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

/** Every ledger entry is one fact; nothing is ever updated, so any earlier state is a query away. */
@Component
@ProcessingGroup(Projection.PROCESSING_GROUP)
class EntryFactsProjection {

    private final FactSink facts;

    EntryFactsProjection(FactSink facts) {
        this.facts = facts;
    }

    @EventHandler
    void on(BudgetAppropriated event, EventMessage<?> message, TrackingToken token) {
        append(Fact.entry(EventOrigin.of(message, token), FactKind.APPROPRIATION, event.entryId(), event.line(),
                event.lineId(), event.amountFen(), event.businessDate()));
    }

    @EventHandler
    void on(BudgetAdjusted event, EventMessage<?> message, TrackingToken token) {
        append(Fact.entry(EventOrigin.of(message, token), FactKind.ADJUSTMENT, event.entryId(), event.line(),
                event.lineId(), event.amountFen(), event.businessDate()));
    }

    @EventHandler
    void on(IncomeRecorded event, EventMessage<?> message, TrackingToken token) {
        append(Fact.entry(EventOrigin.of(message, token), FactKind.INCOME, event.entryId(), event.classification(),
                event.accountId(), event.amountFen(), event.businessDate()));
    }

    /** The classification carries the payment's own economic code, which tables 06 and 09 report by. */
    @EventHandler
    void on(ExpenditureRecorded event, EventMessage<?> message, TrackingToken token) {
        append(Fact.entry(EventOrigin.of(message, token), FactKind.EXPENDITURE, event.entryId(),
                event.classification(), event.lineId(), event.amountFen(), event.businessDate()));
    }

    /** The event already carries the negated amount and the original's kind and classification. */
    @EventHandler
    void on(EntryReversed event, EventMessage<?> message, TrackingToken token) {
        append(new Fact(EventOrigin.of(message, token), 0, FactKind.valueOf(event.kind().name()), event.entryId(),
                event.reversedEntryId(), event.classification(), event.aggregateId(), event.amountFen(),
                event.businessDate()));
    }

    private void append(Fact fact) {
        facts.append(List.of(fact));
    }
}
