package cn.gov.ledger.query.projection;

import cn.gov.ledger.api.code.CarriedBalance;
import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.api.organisation.YearClosed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

/**
 * A closed year's balances are the next year's 年初结转和结余: one OPENING_BALANCE fact per source and
 * functional code, dated 1 January of the next year so an asOf inside that year always includes it.
 */
@Component
@ProcessingGroup(Projection.PROCESSING_GROUP)
class OpeningBalanceProjection {

    private final FactSink facts;
    private final ReferenceWriter reference;

    OpeningBalanceProjection(FactSink facts, ReferenceWriter reference) {
        this.facts = facts;
        this.reference = reference;
    }

    @EventHandler
    void on(YearClosed event, EventMessage<?> message, TrackingToken token) {
        EventOrigin origin = EventOrigin.of(message, token);
        int nextYear = event.fiscalYear() + 1;
        LocalDate firstDay = LocalDate.of(nextYear, 1, 1);
        List<Fact> opening = new ArrayList<>();
        List<CarriedBalance> balances = event.balances() == null ? List.of() : event.balances();
        for (int row = 0; row < balances.size(); row++) {
            CarriedBalance balance = balances.get(row);
            Classification classification = Classification.income(event.department(), event.unit(), nextYear,
                    balance.source(), balance.functionalCode());
            opening.add(new Fact(origin, row, FactKind.OPENING_BALANCE, null, null, classification, null,
                    balance.amountFen(), firstDay));
        }
        facts.append(opening);
        reference.yearClosed(event, origin.position());
    }
}
