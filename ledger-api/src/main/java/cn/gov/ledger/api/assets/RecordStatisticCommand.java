package cn.gov.ledger.api.assets;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a count of the department's; see {@link StatisticRecorded}. */
public record RecordStatisticCommand(@TargetAggregateIdentifier String registerId, String statisticId,
                                     String department, StatisticKind kind, LocalDate asOf, long value,
                                     String note) {

    public RecordStatisticCommand {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(asOf, "asOf");
        if (value < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + value);
        }
    }
}
