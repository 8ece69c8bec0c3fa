package cn.gov.ledger.api.performance;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records one indicator row of the self-evaluation table {@code evaluationId}; see the event. */
public record RecordPerformanceIndicatorCommand(@TargetAggregateIdentifier String evaluationId, String indicatorId,
                                                String department, int fiscalYear, String project, String goal,
                                                IndicatorLevel level1, String level2, String level3, String target,
                                                String actual, LocalDate reportedOn) {
}
