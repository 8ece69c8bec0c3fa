package cn.gov.ledger.query.projection;

import cn.gov.ledger.api.assets.StatisticRecorded;
import cn.gov.ledger.api.budget.ExpenditureRecorded;
import cn.gov.ledger.api.code.EntryKind;
import cn.gov.ledger.api.entry.EntryReversed;
import cn.gov.ledger.api.performance.PerformanceAnalysisRecorded;
import cn.gov.ledger.api.performance.PerformanceIndicatorRecorded;
import cn.gov.ledger.api.procurement.ProcurementContractCorrected;
import cn.gov.ledger.api.procurement.ProcurementContractRecorded;
import cn.gov.ledger.api.procurement.ProcurementContractWithdrawn;
import cn.gov.ledger.api.project.ProjectRegistered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

/**
 * Projects, procurement contracts (and the payments naming them), self-evaluation rows and counts: the figures only people know, kept with
 * who entered them and when, in the same processor (and transaction as its token) as the facts, so one
 * position describes both.
 */
@Component
@ProcessingGroup(Projection.PROCESSING_GROUP)
class RecordsProjection {

    static final String RECORDED = "RECORDED";
    static final String CORRECTED = "CORRECTED";
    static final String WITHDRAWN = "WITHDRAWN";

    private final RecordWriter writer;

    RecordsProjection(RecordWriter writer) {
        this.writer = writer;
    }

    @EventHandler
    void on(ProjectRegistered event, EventMessage<?> message, TrackingToken token) {
        writer.project(event, EventOrigin.of(message, token));
    }

    @EventHandler
    void on(ProcurementContractRecorded e, EventMessage<?> message, TrackingToken token) {
        writer.contract(RECORDED, e.contractId(), e.department(), e.contractNo(), e.terms(), null,
                EventOrigin.of(message, token));
    }

    @EventHandler
    void on(ProcurementContractCorrected e, EventMessage<?> message, TrackingToken token) {
        writer.contract(CORRECTED, e.contractId(), e.department(), e.contractNo(), e.terms(), e.reason(),
                EventOrigin.of(message, token));
    }

    @EventHandler
    void on(ProcurementContractWithdrawn e, EventMessage<?> message, TrackingToken token) {
        writer.contract(WITHDRAWN, e.contractId(), e.department(), e.contractNo(), null, e.reason(),
                EventOrigin.of(message, token));
    }

    /** Only a payment that names a contract is a record here; every payment is a fact (EntryFactsProjection). */
    @EventHandler
    void on(ExpenditureRecorded event, EventMessage<?> message, TrackingToken token) {
        if (event.contractNo() != null) {
            writer.payment(event, EventOrigin.of(message, token));
        }
    }

    @EventHandler
    void on(EntryReversed event, EventMessage<?> message, TrackingToken token) {
        if (event.kind() == EntryKind.EXPENDITURE) {
            writer.reversal(event, EventOrigin.of(message, token));
        }
    }

    @EventHandler
    void on(PerformanceIndicatorRecorded event, EventMessage<?> message, TrackingToken token) {
        writer.indicator(event, EventOrigin.of(message, token));
    }

    @EventHandler
    void on(PerformanceAnalysisRecorded event, EventMessage<?> message, TrackingToken token) {
        writer.analysis(event, EventOrigin.of(message, token));
    }

    @EventHandler
    void on(StatisticRecorded event, EventMessage<?> message, TrackingToken token) {
        writer.statistic(event, EventOrigin.of(message, token));
    }
}
