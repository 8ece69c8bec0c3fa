package cn.gov.ledger.query.records;

import cn.gov.ledger.api.assets.StatisticKind;
import cn.gov.ledger.query.slice.Slice;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The counts in force for the year (sections 九 and 十二), each with its author and date; {@code vehiclesByUse}
 * is the sum of the by-use counts, null when none is recorded.
 */
public record StatisticsView(String department, int fiscalYear, LocalDate asOf, Instant knownAt, long position,
                             List<StatisticRecord> counts, Long vehiclesByUse) {

    static StatisticsView of(Slice s, List<StatisticRecord> counts) {
        List<StatisticRecord> byUse = counts.stream().filter(c -> c.kind().startsWith("VEHICLES_BY_USE.")).toList();
        return new StatisticsView(s.department(), s.fiscalYear(), s.asOf(), s.fixedAt(), s.position(), counts,
                byUse.isEmpty() ? null : byUse.stream().mapToLong(StatisticRecord::value).sum());
    }

    public Optional<StatisticRecord> count(StatisticKind kind) {
        return counts.stream().filter(c -> c.kind().equals(kind.code())).findFirst();
    }
}
