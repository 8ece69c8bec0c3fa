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
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/v1/departments/{dept}/years/{year}/report: the whole published report as HTML or PDF (tables,
 * 情况说明 九 to 十三, charts, 附件) or as an XLSX workbook of the nine tables and the 附件 绩效自评表; same
 * slice parameters as a table.
 */
@RestController
class ReportController {

    private final ReportService reports;
    private final LayoutProfiles profiles;
    private final ReportPages pages;
    private final ReportPdf pdf;

    ReportController(ReportService reports, LayoutProfiles profiles, ReportPages pages, ReportPdf pdf) {
        this.reports = reports;
        this.profiles = profiles;
        this.pages = pages;
        this.pdf = pdf;
    }

    @GetMapping("/api/v1/departments/{department}/years/{year}/report")
    ResponseEntity<byte[]> report(@PathVariable String department, @PathVariable int year,
                                  @ParameterObject SliceParameters at,
                                  @RequestParam(required = false) String format,
                                  @RequestParam(required = false) String profile) {
        String wanted = format == null ? "html" : format.trim().toLowerCase(Locale.ROOT);
        List<FieldProblem> problems = new ArrayList<>();
        if (!List.of("html", "xlsx", "pdf").contains(wanted)) {
            problems.add(new FieldProblem("format", "must be html, xlsx or pdf"));
        }
        SliceRequest request = at.request(department, year, problems);
        LayoutProfile layout = null;
        try {
            layout = profiles.resolve(department, profile);
        } catch (BadRequestException e) {
            problems.addAll(e.errors());
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        if (wanted.equals("xlsx")) {
            return Workbooks.download(reports.tables(request, layout), Downloads.year(department, year) + "部门决算报告");
        }
        if (wanted.equals("pdf")) {
            return ReportPages.pdf(pdf.render(pages.html(PublicCopy.forCurrentUser(reports.report(request, layout)))),
                    Downloads.year(department, year) + "部门决算报告");
        }
        return pages.report(reports.report(request, layout));
    }
}
