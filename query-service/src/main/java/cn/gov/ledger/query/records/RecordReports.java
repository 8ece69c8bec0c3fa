package cn.gov.ledger.query.records;

import cn.gov.ledger.api.code.Money;
import cn.gov.ledger.query.slice.Slice;
import cn.gov.ledger.query.slice.SliceRequest;
import cn.gov.ledger.query.slice.SliceResolver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The figures of sections 九 to 十三 and the 附件 for one slice. A request's slice is fixed as its tables' is
 * (the same {@link SliceResolver}), so these figures and the tables describe one ledger state.
 */
@Service
public class RecordReports {

    private final SliceResolver slices;
    private final RecordStore store;
    private final LedgerFigures ledger;

    RecordReports(SliceResolver slices, RecordStore store, LedgerFigures ledger) {
        this.slices = slices;
        this.store = store;
        this.ledger = ledger;
    }

    public Slice slice(SliceRequest request) {
        return slices.read(request, slice -> slice);
    }

    public ProcurementSummary procurement(Slice s) {
        return ProcurementSummary.of(s, store.contracts(s));
    }

    public OperatingCosts operatingCosts(Slice s) {
        return OperatingCosts.of(s, figure(s, LedgerFigure.OPERATING_COSTS, null, s.fiscalYear()),
                ledger.units(s.department()));
    }

    public StatisticsView statistics(Slice s) {
        return StatisticsView.of(s, store.statistics(s));
    }

    public PerformanceYear performance(Slice s) {
        int year = s.fiscalYear();
        List<ProjectRecord> registered = store.projects(s);
        Map<String, LedgerFigures.ProjectYears> years = ledger.projectYears(s);
        List<IndicatorRecord> indicators = store.indicators(s);
        List<AnalysisRecord> analyses = store.analyses(s);
        Set<String> names = new LinkedHashSet<>();
        registered.stream().map(ProjectRecord::name).forEach(names::add);
        Set<String> ofYear = new LinkedHashSet<>();
        indicators.forEach(row -> ofYear.add(row.project()));
        analyses.forEach(analysis -> ofYear.add(analysis.project()));
        years.forEach((name, y) -> {
            if (y.thisYear()) {
                ofYear.add(name);
            }
        });
        names.addAll(ofYear);
        names.retainAll(ofYear);
        names.remove(null);
        List<ProjectPerformance> projects = new ArrayList<>();
        List<SelfEvaluation> evaluations = new ArrayList<>();
        if (ofYear.contains(null)) {
            evaluations.add(new SelfEvaluation(null, year + "年度" + s.name() + "部门整体绩效自评表",
                    s.name(), year, null, null, figure(s, LedgerFigure.BASIC_EXPENDITURE, null, year),
                    figure(s, LedgerFigure.PROJECT_EXPENDITURE, null, year),
                    Execution.of(figure(s, LedgerFigure.DEPARTMENT_BUDGET, null, year),
                            figure(s, LedgerFigure.DEPARTMENT_EXECUTION, null, year), year, year),
                    rows(indicators, null), analysis(analyses, null)));
        }
        for (String name : names) {
            ProjectRecord project = registered.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
            LedgerFigures.ProjectYears span = years.get(name);
            int from = project != null && project.spansYears() && span != null ? Math.min(span.first(), year) : year;
            Execution execution = Execution.of(figure(s, LedgerFigure.PROJECT_BUDGET, name, from),
                    figure(s, LedgerFigure.PROJECT_EXECUTION, name, from), from, year);
            AnalysisRecord analysis = analysis(analyses, name);
            projects.add(new ProjectPerformance(name, project, execution,
                    figure(s, LedgerFigure.PROJECT_EXECUTION, name, year), analysis));
            List<IndicatorRecord> rows = rows(indicators, name);
            if (!rows.isEmpty() || analysis != null) {
                evaluations.add(new SelfEvaluation(name, year + "年度" + name + "项目绩效自评表", s.name(),
                        year, null, project, null, null, execution, rows, analysis));
            }
        }
        return new PerformanceYear(s.department(), s.name(), year, s.asOf(), s.fixedAt(), s.position(),
                figure(s, LedgerFigure.PROJECT_EXPENDITURE, null, year), projects,
                evaluations.stream().map(RecordReports::dated).toList());
    }

    public FigureTrace trace(Slice s, LedgerFigure figure, String project, int fromYear) {
        List<TracedEntry> entries = ledger.entries(s, figure, project, fromYear);
        long fen = entries.stream().mapToLong(e -> Money.parseYuan(e.amount())).reduce(0, Math::addExact);
        return new FigureTrace(s.department(), s.fiscalYear(), figure.code(), project, fromYear, s.asOf(),
                s.fixedAt(), s.position(), Wan.of(fen), entries.size(), entries);
    }

    private Figure figure(Slice s, LedgerFigure figure, String project, int fromYear) {
        UriComponentsBuilder link = UriComponentsBuilder
                .fromPath("/api/v1/departments/{department}/years/{year}/figures/{figure}/entries")
                .queryParam("asOf", s.asOf()).queryParam("knownAt", s.fixedAt()).queryParam("position", s.position());
        if (project != null) {
            link.queryParam("project", project);
        }
        if (fromYear != s.fiscalYear()) {
            link.queryParam("fromYear", fromYear);
        }
        if (s.unit() != null) {
            link.queryParam("unit", s.unit());
        }
        long fen = ledger.sum(s, figure, project, fromYear);
        return new Figure(Wan.of(fen), fen, link.encode().buildAndExpand(s.department(), s.fiscalYear(),
                figure.code()).toUriString());
    }

    private static List<IndicatorRecord> rows(List<IndicatorRecord> all, String project) {
        return all.stream().filter(row -> Objects.equals(row.project(), project)).toList();
    }

    private static AnalysisRecord analysis(List<AnalysisRecord> all, String project) {
        return all.stream().filter(a -> Objects.equals(a.project(), project)).reduce((a, b) -> b)
                .orElse(null);
    }

    /** The table's 填报日期: the latest its records give. */
    private static SelfEvaluation dated(SelfEvaluation t) {
        LocalDate on = Stream.concat(t.indicators().stream().map(IndicatorRecord::reportedOn),
                Stream.ofNullable(t.analysis()).map(AnalysisRecord::reportedOn))
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        return new SelfEvaluation(t.project(), t.title(), t.departmentName(), t.fiscalYear(), on, t.registered(),
                t.basicExpenditure(), t.projectExpenditure(), t.execution(), t.indicators(), t.analysis());
    }
}
