package cn.gov.ledger.api.performance;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * One indicator row: 年度目标 {@code goal} (optional), 一级/二级/三级指标, 年初目标值 {@code target} and
 * 实际完成值 {@code actual} (absent until known), as text, since the tables mix counts, rates and words.
 * {@code project} is null for the 部门整体 table; {@code reportedOn} is the 填报日期 if given.
 * {@code supersedes} is the indicator record with the same goal and levels that this one replaces, if any.
 */
@Revision("1")
public record PerformanceIndicatorRecorded(String indicatorId, String evaluationId, String department,
                                           int fiscalYear, String project, String goal, IndicatorLevel level1,
                                           String level2, String level3, String target, String actual,
                                           LocalDate reportedOn, String supersedes) {
}
