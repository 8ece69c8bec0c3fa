package cn.gov.ledger.service.performance;

/**
 * The closing rows of a self-evaluation table as a client sends them: {@code project} absent = the 部门整体
 * table; {@code deviationAnalysis} = 偏差大或目标未完成原因分析 and {@code improvements} = 改进措施及结果应用方案,
 * both required since the tables print "无" rather than leave them blank; {@code reportedOn} = 填报日期.
 */
public record AnalysisRequest(String project, String deviationAnalysis, String improvements, String reportedOn) {
}
