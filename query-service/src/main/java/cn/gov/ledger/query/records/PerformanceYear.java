package cn.gov.ledger.query.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Budget performance of a year (section 十三 and the 附件): the year's project spending, every project of the year
 * and every self-evaluation table, the 部门整体 one first.
 */
public record PerformanceYear(String department, String departmentName, int fiscalYear, LocalDate asOf,
                              Instant knownAt, long position, Figure projectExpenditure,
                              List<ProjectPerformance> projects, List<SelfEvaluation> selfEvaluations) {

    public Optional<SelfEvaluation> whole() {
        return selfEvaluations.stream().filter(table -> table.project() == null).findFirst();
    }
}
