package cn.gov.ledger.query.report;

import cn.gov.ledger.query.export.Downloads;
import cn.gov.ledger.query.slice.SliceParameters;
import cn.gov.ledger.query.slice.SliceRequest;
import cn.gov.ledger.query.web.BadRequestException;
import cn.gov.ledger.query.web.BadRequestException.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/v1/departments/{dept}/years/{year}/performance/self-evaluations: the 附件 绩效自评表 of the year, all
 * of them or one ({@code project}=name, or 部门整体), as JSON or in the published layout (HTML, XLSX); same slice
 * parameters as a table.
 */
@RestController
class SelfEvaluationController {

    private final ReportService reports;
    private final ReportPages pages;

    SelfEvaluationController(ReportService reports, ReportPages pages) {
        this.reports = reports;
        this.pages = pages;
    }

    @GetMapping("/api/v1/departments/{department}/years/{year}/performance/self-evaluations")
    ResponseEntity<?> selfEvaluations(@PathVariable String department, @PathVariable int year,
                                      @RequestParam(required = false) String project,
                                      @ParameterObject SliceParameters at,
                                      @RequestParam(required = false) String format) {
        String wanted = format == null ? "json" : format.trim().toLowerCase(Locale.ROOT);
        List<FieldProblem> problems = new ArrayList<>();
        if (!List.of("json", "html", "xlsx").contains(wanted)) {
            problems.add(new FieldProblem("format", "must be one of json, html, xlsx"));
        }
        if (project != null && project.isBlank()) {
            problems.add(new FieldProblem("project", "must name a project, or " + ReportService.WHOLE));
        }
        SliceRequest request = at.request(department, year, problems);
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        ReportService.SelfEvaluations tables = reports.selfEvaluations(request, project == null ? null : project.trim());
        return switch (wanted) {
            case "html" -> pages.selfEvaluations(tables.printed());
            case "xlsx" -> Workbooks.download(tables.printed(), Downloads.year(department, year) + "绩效自评表");
            default -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(tables.tables());
        };
    }
}
