package cn.gov.ledger.query.report;

import cn.gov.ledger.api.catalog.CatalogueScheme;
import cn.gov.ledger.query.projection.ReferenceData;
import cn.gov.ledger.query.records.PerformanceYear;
import cn.gov.ledger.query.records.RecordReports;
import cn.gov.ledger.query.records.SelfEvaluation;
import cn.gov.ledger.query.report.Report.Section;
import cn.gov.ledger.query.slice.DepartmentYears;
import cn.gov.ledger.query.slice.Slice;
import cn.gov.ledger.query.slice.SliceRequest;
import cn.gov.ledger.query.tables.TableService;
import cn.gov.ledger.query.tables.TableSet;
import cn.gov.ledger.query.tables.TableView;
import cn.gov.ledger.query.web.ProblemException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;

/**
 * Puts the report together from one ledger state: this year's tables, last year's final tables at the
 * same event position (for the comparisons), the budget by 项, the annotations written by then, and the
 * records (procurement, counts, self-evaluation) in force at that same position.
 */
@Service
class ReportService {

    /** The {@code project} naming the 部门整体绩效自评表. */
    static final String WHOLE = "部门整体";

    private final TableService tables;
    private final BudgetFacts facts;
    private final DepartmentYears years;
    private final AnnotationStore annotations;
    private final ReferenceData reference;
    private final RecordReports records;

    ReportService(TableService tables, BudgetFacts facts, DepartmentYears years, AnnotationStore annotations,
                  ReferenceData reference, RecordReports records) {
        this.tables = tables;
        this.facts = facts;
        this.years = years;
        this.annotations = annotations;
        this.reference = reference;
        this.records = records;
    }

    /** The nine tables in the profile's order, in the published layout, then the 附件 of the same slice. */
    List<PrintedTable> tables(SliceRequest request, LayoutProfile profile) {
        TableSet now = tables.all(request);
        TableView first = now.tables().values().iterator().next();
        List<PrintedTable> printed = new ArrayList<>(printed(now, profile));
        printed.addAll(attachments(records.performance(fixed(request, first)), first));
        return printed;
    }

    /**
     * The 绩效自评表 of the request's slice, as data and printed: all of them, or only {@code project}'s
     * ({@value #WHOLE} for the 部门整体 one); 404 if there is no such table.
     */
    SelfEvaluations selfEvaluations(SliceRequest request, String project) {
        TableView view = tables.table(request, "05");
        List<SelfEvaluation> all = records.performance(fixed(request, view)).selfEvaluations();
        List<PrintedTable> printed = SelfEvaluationLayout.print(all, TableLayouts.basis(view));
        List<Integer> wanted = IntStream.range(0, all.size()).filter(i -> project == null
                || (project.equals(WHOLE) ? all.get(i).project() == null : project.equals(all.get(i).project())))
                .boxed().toList();
        if (wanted.isEmpty() && project != null) {
            throw ProblemException.notFound("no self-evaluation table of " + project + " in " + request.fiscalYear());
        }
        return new SelfEvaluations(wanted.stream().map(all::get).toList(), wanted.stream().map(printed::get).toList());
    }

    /** Self-evaluation tables as data and in the published layout, in the same order. */
    record SelfEvaluations(List<SelfEvaluation> tables, List<PrintedTable> printed) {
    }

    Report report(SliceRequest request, LayoutProfile profile) {
        TableSet now = tables.all(request);
        TableView first = now.tables().values().iterator().next();
        int year = request.fiscalYear();
        YearFigures before = null;
        if (years.exists(request.department(), year - 1, request.unit())) {
            SliceRequest lastYear = new SliceRequest(request.department(), year - 1, request.unit(),
                    LocalDate.of(year - 1, 12, 31), request.knownAt(), first.position(), 0);
            before = new YearFigures(year - 1, tables.all(lastYear).tables());
        }
        Slice slice = fixed(request, first);
        LineBudgets budgets = facts.budgets(slice);
        Annotations notes = new Annotations(annotations.history(request.department(), year, request.knownAt()),
                request.unit());
        YearFigures figures = new YearFigures(year, now.tables());
        ReportContext context = new ReportContext(figures, before, budgets, notes, names(figures, budgets));
        RecordFigures entered = new RecordFigures(records.procurement(slice), records.operatingCosts(slice),
                records.statistics(slice), records.performance(slice));
        List<Section> sections = new ArrayList<>(OverviewSections.write(context));
        sections.add(GeneralBudgetSection.write(context));
        sections.addAll(DetailSections.write(context, entered));
        sections.addAll(RecordSections.write(year, slice.name(), entered, notes));
        String name = slice.name();
        return new Report(year + "年度" + name + "部门决算", name, year, TableLayouts.basis(first),
                printed(now, profile), sections, attachments(entered.performance(), first));
    }

    /** The 附件 in force at a table's point (its position and recording time). */
    List<PrintedTable> attachments(TableView table) {
        Slice slice = new Slice(table.department(), table.departmentName(), table.fiscalYear(), table.unit(),
                table.asOf(), table.knownAt(), table.position(), table.knownAt(), table.position());
        return attachments(records.performance(slice), table);
    }

    /** The slice a table served for the request was fixed at, so the records agree with the table. */
    private static Slice fixed(SliceRequest request, TableView table) {
        return request.fixed(table.departmentName(), table.position(), table.knownAt());
    }

    private static List<PrintedTable> attachments(PerformanceYear performance, TableView slice) {
        return SelfEvaluationLayout.print(performance.selfEvaluations(), TableLayouts.basis(slice));
    }

    private static List<PrintedTable> printed(TableSet set, LayoutProfile profile) {
        return profile.order().stream().map(number -> TableLayouts.print(set.tables().get(number), profile)).toList();
    }

    /** Names of every 类, 款 and 项 section 五 mentions: the year's catalogue, else the name table 05 prints. */
    private Map<String, String> names(YearFigures figures, LineBudgets budgets) {
        Set<String> codes = new HashSet<>();
        Set<String> items = new HashSet<>(budgets.initialFen().keySet());
        items.addAll(budgets.adjustmentsFen().keySet());
        figures.rows("05").stream().filter(row -> row.code() != null).forEach(row -> items.add(row.code()));
        for (String code : items) {
            codes.add(code.substring(0, Math.min(3, code.length())));
            codes.add(code.substring(0, Math.min(5, code.length())));
            codes.add(code);
        }
        Map<String, String> names = new HashMap<>();
        figures.rows("05").stream().filter(row -> row.code() != null).forEach(row -> names.put(row.code(), row.name()));
        names.putAll(reference.names(CatalogueScheme.FUNCTIONAL, figures.year(), codes));
        return names;
    }
}
