package cn.gov.ledger.api.performance;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The two closing rows of a self-evaluation table: 偏差大或目标未完成原因分析 and 改进措施及结果应用方案.
 * A table has one analysis; {@code supersedes} is the earlier one this replaces, if any.
 */
@Revision("1")
public record PerformanceAnalysisRecorded(String analysisId, String evaluationId, String department,
                                          int fiscalYear, String project, String deviationAnalysis,
                                          String improvements, LocalDate reportedOn, String supersedes) {
}
