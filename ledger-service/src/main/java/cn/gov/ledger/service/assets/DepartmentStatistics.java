package cn.gov.ledger.service.assets;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import cn.gov.ledger.api.assets.RecordStatisticCommand;
import cn.gov.ledger.api.assets.StatisticRecorded;
import cn.gov.ledger.service.support.StableId;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The counts a department has reported. It keeps which record is in force for each kind and date, so that a
 * new record of the same kind and date names the one it supersedes; both stay in the history.
 */
@Aggregate(cache = "aggregateCache")
public class DepartmentStatistics {

    @AggregateIdentifier
    private String registerId;
    /** kind|asOf → the record now in force. */
    private final Map<String, String> inForce = new HashMap<>();

    protected DepartmentStatistics() {
    }

    public static String idOf(String department) {
        return StableId.of("statistics", department);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordStatisticCommand c) {
        apply(new StatisticRecorded(c.statisticId(), c.department(), c.kind(), c.asOf(), c.value(), c.note(),
                inForce.get(c.kind().code() + "|" + c.asOf())));
    }

    @EventSourcingHandler
    void on(StatisticRecorded e) {
        registerId = idOf(e.department());
        inForce.put(e.kind().code() + "|" + e.asOf(), e.statisticId());
    }
}
