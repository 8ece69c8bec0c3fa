package cn.gov.ledger.api.performance;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records the closing analysis of the self-evaluation table {@code evaluationId}; see the event. */
public record RecordPerformanceAnalysisCommand(@TargetAggregateIdentifier String evaluationId, String analysisId,
                                               String department, int fiscalYear, String project,
                                               String deviationAnalysis, String improvements,
                                               LocalDate reportedOn) {
}
