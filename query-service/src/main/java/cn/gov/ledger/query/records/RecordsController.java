package cn.gov.ledger.query.records;

import cn.gov.ledger.query.slice.Slice;
import cn.gov.ledger.query.slice.SliceParameters;
import cn.gov.ledger.query.slice.SliceRequest;
import cn.gov.ledger.query.web.BadRequestException;
import cn.gov.ledger.query.web.BadRequestException.FieldProblem;
import cn.gov.ledger.query.web.ProblemException;
import java.util.ArrayList;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The figures of sections 九 to 十三 as JSON, with the tables' slice parameters (asOf, knownAt, position, unit,
 * minPosition): …/procurement, …/operating-costs, …/statistics, …/performance, and the entries behind any
 * ledger figure at …/figures/{figure}/entries (the links the figures carry).
 */
@RestController
class RecordsController {

    private static final String YEAR = "/api/v1/departments/{department}/years/{year}";

    private final RecordReports reports;

    RecordsController(RecordReports reports) {
        this.reports = reports;
    }

    @GetMapping(YEAR + "/procurement")
    ProcurementSummary procurement(@PathVariable String department, @PathVariable int year,
                                   @ParameterObject SliceParameters at) {
        return reports.procurement(slice(department, year, at, List.of()));
    }

    @GetMapping(YEAR + "/operating-costs")
    OperatingCosts operatingCosts(@PathVariable String department, @PathVariable int year,
                                  @ParameterObject SliceParameters at) {
        return reports.operatingCosts(slice(department, year, at, List.of()));
    }

    @GetMapping(YEAR + "/statistics")
    StatisticsView statistics(@PathVariable String department, @PathVariable int year,
                              @ParameterObject SliceParameters at) {
        return reports.statistics(slice(department, year, at.wholeDepartment(), List.of()));
    }

    @GetMapping(YEAR + "/performance")
    PerformanceYear performance(@PathVariable String department, @PathVariable int year,
                                @ParameterObject SliceParameters at) {
        return reports.performance(slice(department, year, at, List.of()));
    }

    @GetMapping(YEAR + "/figures/{figure}/entries")
    FigureTrace entries(@PathVariable String department, @PathVariable int year, @PathVariable String figure,
                        @RequestParam(required = false) String project,
                        @RequestParam(required = false) String fromYear,
                        @ParameterObject SliceParameters at) {
        LedgerFigure wanted = LedgerFigure.ofCode(figure).orElseThrow(() -> ProblemException.notFound("there is no"
                + " figure " + figure + "; figures are " + List.of(LedgerFigure.values()).stream()
                .map(LedgerFigure::code).toList()));
        List<FieldProblem> problems = new ArrayList<>();
        if (wanted.perProject() && (project == null || project.isBlank())) {
            problems.add(new FieldProblem("project", "is required for " + figure));
        }
        int from = year;
        if (fromYear != null) {
            try {
                from = Integer.parseInt(fromYear.trim());
            } catch (NumberFormatException e) {
                from = Integer.MAX_VALUE;
            }
            if (from > year || from < 1000) {
                problems.add(new FieldProblem("fromYear", "must be a fiscal year not after " + year));
            }
        }
        Slice slice = slice(department, year, at, problems);
        return reports.trace(slice, wanted, wanted.perProject() ? project.trim() : null, from);
    }

    private Slice slice(String department, int year, SliceParameters at, List<FieldProblem> earlier) {
        List<FieldProblem> problems = new ArrayList<>(earlier);
        SliceRequest request = at.request(department, year, problems);
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        return reports.slice(request);
    }
}
