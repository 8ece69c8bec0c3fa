package cn.gov.ledger.query.records;

import java.time.LocalDate;
import java.util.List;

/**
 * One 绩效自评表: of the department as a whole ({@code project} null: 基本支出总额 and 项目支出总额 given) or of a
 * project ({@code registered} says its type, 属性 and 类别 if it was registered). Budget and execution come from
 * the ledger; the indicator rows and the analysis are records with their authors. {@code reportedOn} is the
 * latest 填报日期 of its records.
 */
public record SelfEvaluation(String project, String title, String departmentName, int fiscalYear,
                             LocalDate reportedOn, ProjectRecord registered, Figure basicExpenditure,
                             Figure projectExpenditure, Execution execution, List<IndicatorRecord> indicators,
                             AnalysisRecord analysis) {
}
