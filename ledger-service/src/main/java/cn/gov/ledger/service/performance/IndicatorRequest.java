package cn.gov.ledger.service.performance;

/**
 * One indicator row as a client sends it. {@code project} absent = the 部门整体 table; {@code level1} one of
 * COST, OUTPUT, BENEFIT, SATISFACTION; {@code actual} may follow later in a superseding record;
 * {@code reportedOn} is the 填报日期.
 */
public record IndicatorRequest(String project, String goal, String level1, String level2, String level3,
                               String target, String actual, String reportedOn) {
}
