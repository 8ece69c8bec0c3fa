package cn.gov.ledger.service.performance;

import cn.gov.ledger.api.performance.IndicatorLevel;
import cn.gov.ledger.api.performance.RecordPerformanceAnalysisCommand;
import cn.gov.ledger.api.performance.RecordPerformanceIndicatorCommand;
import cn.gov.ledger.service.posting.Fields;
import cn.gov.ledger.service.problem.FieldError;
import cn.gov.ledger.service.problem.InvalidRequestException;
import cn.gov.ledger.service.project.ProjectDirectory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Checks indicator and analysis requests field by field (422) and turns them into commands. */
@Component
class EvaluationRequests {

    private final ProjectDirectory projects;

    EvaluationRequests(ProjectDirectory projects) {
        this.projects = projects;
    }

    RecordPerformanceIndicatorCommand indicator(String department, String year, IndicatorRequest r) {
        List<FieldError> errors = new ArrayList<>();
        Fields f = new Fields(errors);
        Integer fiscalYear = f.year("year", year);
        String project = project(f, department, r.project());
        String goal = f.optional("goal", r.goal(), 500);
        IndicatorLevel level1 = f.enumValue("level1", r.level1(), IndicatorLevel.class);
        String level2 = f.required("level2", r.level2(), 100);
        String level3 = f.required("level3", r.level3(), 200);
        String target = f.required("target", r.target(), 500);
        String actual = f.optional("actual", r.actual(), 500);
        LocalDate reportedOn = reportedOn(f, r.reportedOn(), fiscalYear);
        throwIfAny(errors);
        return new RecordPerformanceIndicatorCommand(SelfEvaluation.idOf(department, fiscalYear, project),
                UUID.randomUUID().toString(), department, fiscalYear, project, goal, level1, level2, level3, target,
                actual, reportedOn);
    }

    RecordPerformanceAnalysisCommand analysis(String department, String year, AnalysisRequest r) {
        List<FieldError> errors = new ArrayList<>();
        Fields f = new Fields(errors);
        Integer fiscalYear = f.year("year", year);
        String project = project(f, department, r.project());
        String deviationAnalysis = f.required("deviationAnalysis", r.deviationAnalysis(), 4000);
        String improvements = f.required("improvements", r.improvements(), 4000);
        LocalDate reportedOn = reportedOn(f, r.reportedOn(), fiscalYear);
        throwIfAny(errors);
        return new RecordPerformanceAnalysisCommand(SelfEvaluation.idOf(department, fiscalYear, project),
                UUID.randomUUID().toString(), department, fiscalYear, project, deviationAnalysis, improvements,
                reportedOn);
    }

    /** Absent for the 部门整体 table; otherwise a project registered in the department. */
    private String project(Fields f, String department, String value) {
        String project = f.optional("project", value, 200);
        return project != null && !projects.exists(department, project)
                ? f.error("project", "no project " + project + " is registered in department " + department)
                : project;
    }

    /** The 填报日期, if given: a self-evaluation of a year is filled in during or after it. */
    private static LocalDate reportedOn(Fields f, String value, Integer fiscalYear) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date = f.date("reportedOn", value);
        return date != null && fiscalYear != null && date.getYear() < fiscalYear
                ? f.error("reportedOn", "must not be before fiscal year " + fiscalYear) : date;
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }
}
