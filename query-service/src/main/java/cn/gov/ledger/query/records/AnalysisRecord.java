package cn.gov.ledger.query.records;

import java.time.LocalDate;

/** 偏差大或目标未完成原因分析 and 改进措施及结果应用方案 of one self-evaluation table, as in force. */
public record AnalysisRecord(String analysisId, String project, String deviationAnalysis, String improvements,
                             LocalDate reportedOn, String supersedes, Entered entered) {
}
