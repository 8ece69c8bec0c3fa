package cn.gov.ledger.query.records;

import java.time.LocalDate;

/** One indicator row in force: 一级/二级/三级指标, 年初目标值 and 实际完成值, with who entered it and when. */
public record IndicatorRecord(String indicatorId, String project, String goal, String level1, String level1Label,
                              String level2, String level3, String target, String actual, LocalDate reportedOn,
                              String supersedes, Entered entered) {
}
