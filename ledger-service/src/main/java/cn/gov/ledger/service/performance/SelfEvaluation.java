package cn.gov.ledger.service.performance;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import cn.gov.ledger.api.performance.IndicatorLevel;
import cn.gov.ledger.api.performance.PerformanceAnalysisRecorded;
import cn.gov.ledger.api.performance.PerformanceIndicatorRecorded;
import cn.gov.ledger.api.performance.RecordPerformanceAnalysisCommand;
import cn.gov.ledger.api.performance.RecordPerformanceIndicatorCommand;
import cn.gov.ledger.service.support.StableId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One self-evaluation table: a department's year, of one project or (no project) of the whole department.
 * A row is known by its goal and its three indicator levels; recording that row again supersedes the earlier
 * record, which stays in the history, and the event says which one it replaced.
 */
@Aggregate(cache = "aggregateCache")
public class SelfEvaluation {

    @AggregateIdentifier
    private String evaluationId;
    /** Row key → the indicator record now in force for it. */
    private final Map<String, String> rows = new HashMap<>();
    private String analysisId;

    protected SelfEvaluation() {
    }

    /** The table of a project in a year; {@code project} null for the whole department. */
    public static String idOf(String department, int fiscalYear, String project) {
        return StableId.of("evaluation", department, String.valueOf(fiscalYear), Objects.toString(project, ""));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordPerformanceIndicatorCommand c) {
        apply(new PerformanceIndicatorRecorded(c.indicatorId(), c.evaluationId(), c.department(), c.fiscalYear(),
                c.project(), c.goal(), c.level1(), c.level2(), c.level3(), c.target(), c.actual(), c.reportedOn(),
                rows.get(rowKey(c.goal(), c.level1(), c.level2(), c.level3()))));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordPerformanceAnalysisCommand c) {
        apply(new PerformanceAnalysisRecorded(c.analysisId(), c.evaluationId(), c.department(), c.fiscalYear(),
                c.project(), c.deviationAnalysis(), c.improvements(), c.reportedOn(), analysisId));
    }

    @EventSourcingHandler
    void on(PerformanceIndicatorRecorded e) {
        evaluationId = e.evaluationId();
        rows.put(rowKey(e.goal(), e.level1(), e.level2(), e.level3()), e.indicatorId());
    }

    @EventSourcingHandler
    void on(PerformanceAnalysisRecorded e) {
        evaluationId = e.evaluationId();
        analysisId = e.analysisId();
    }

    private static String rowKey(String goal, IndicatorLevel level1, String level2, String level3) {
        return String.join("\u0000", Objects.toString(goal, ""), level1.name(), level2, level3);
    }
}
