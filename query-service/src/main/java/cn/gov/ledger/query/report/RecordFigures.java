package cn.gov.ledger.query.report;

import cn.gov.ledger.api.assets.StatisticKind;
import cn.gov.ledger.query.records.OperatingCosts;
import cn.gov.ledger.query.records.PerformanceYear;
import cn.gov.ledger.query.records.ProcurementSummary;
import cn.gov.ledger.query.records.StatisticRecord;
import cn.gov.ledger.query.records.StatisticsView;

/** The figures of 九 to 十三 beyond the nine tables, for the report's slice. */
record RecordFigures(ProcurementSummary procurement, OperatingCosts operatingCosts, StatisticsView counts,
                     PerformanceYear performance) {

    static final String NOT_ENTERED = "（未填报）";

    /** "57辆", or the not-entered marker. */
    String count(StatisticKind kind) {
        return counts.count(kind).map(c -> c.value() + c.measure()).orElse(NOT_ENTERED);
    }

    /** "2024年12月31日": the date the counts of this kind are as of, else the report's own date. */
    String asOf(StatisticKind kind) {
        return SelfEvaluationLayout.chinese(counts.count(kind).map(StatisticRecord::asOf).orElse(counts.asOf()));
    }
}
