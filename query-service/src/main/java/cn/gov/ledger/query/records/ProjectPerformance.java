package cn.gov.ledger.query.records;

/**
 * A project of the year as section 十三 describes it: budget and execution (over its years if it spans them),
 * this year's spending, and its analysis if its table has one.
 */
public record ProjectPerformance(String name, ProjectRecord registered, Execution execution, Figure spentThisYear,
                                 AnalysisRecord analysis) {
}
