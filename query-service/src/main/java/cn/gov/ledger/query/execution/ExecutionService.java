package cn.gov.ledger.query.execution;

import cn.gov.ledger.api.catalog.CatalogueScheme;
import cn.gov.ledger.query.audit.FactSelection;
import cn.gov.ledger.query.audit.SelectedEntries;
import cn.gov.ledger.query.projection.ReferenceData;
import cn.gov.ledger.query.slice.SliceRequest;
import cn.gov.ledger.query.slice.SliceResolver;
import cn.gov.ledger.query.web.BadRequestException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Computes execution views for a request: the {@link SliceResolver} fixes the slice as a table's (waiting, 404s,
 * position), the
 * lines' sums come from {@link ExecutionCache}, and rows are named from the year's functional catalogue.
 */
@Service
public class ExecutionService {

    private final SliceResolver slices;
    private final ExecutionCache cache;
    private final ReferenceData reference;
    private final SelectedEntries entries;

    ExecutionService(SliceResolver slices, ExecutionCache cache, ReferenceData reference, SelectedEntries entries) {
        this.slices = slices;
        this.cache = cache;
        this.reference = reference;
        this.entries = entries;
    }

    public ExecutionView execution(ExecutionQuery query) {
        SliceRequest request = query.slice();
        return slices.read(request, fixed -> {
            Map<String, LineSums> lines = cache.sums(fixed, fixed.settled());
            BigDecimal timeProgress = Rates.timeProgress(request.asOf());
            Map<String, String> names = names(request.fiscalYear(), lines);
            ExecutionRows rows = new ExecutionRows(timeProgress, query.threshold(),
                    code -> names.getOrDefault(code, code));
            return new ExecutionView(request.department(), fixed.departmentName(), request.fiscalYear(),
                    request.unit(), request.asOf(), fixed.fixedAt(), fixed.position(), Rates.text(timeProgress),
                    query.threshold().toPlainString(), query.byLine() ? "line" : "functional",
                    query.byLine() ? rows.byLine(lines) : rows.functional(lines));
        });
    }

    public MonthlyView monthly(ExecutionQuery query) {
        SliceRequest request = query.slice();
        return slices.read(request, fixed -> {
            long[] budget = new long[12];
            long[] spent = new long[12];
            cache.sums(fixed, fixed.settled()).values().forEach(sums -> {
                for (int m = 0; m < 12; m++) {
                    budget[m] = Math.addExact(budget[m], sums.budget()[m]);
                    spent[m] = Math.addExact(spent[m], sums.spent()[m]);
                }
            });
            List<MonthPoint> months = new ArrayList<>();
            for (int m = 0; m < request.asOf().getMonthValue(); m++) {
                LocalDate monthEnd = LocalDate.of(request.fiscalYear(), m + 1, 1).plusMonths(1).minusDays(1);
                LocalDate through = monthEnd.isAfter(request.asOf()) ? request.asOf() : monthEnd;
                long budgetFen = LineSums.upTo(budget, m);
                long spentFen = LineSums.upTo(spent, m);
                months.add(new MonthPoint(m + 1, through, budgetFen, spentFen,
                        Rates.rate(spentFen, budgetFen), Rates.timeProgress(through)));
            }
            return new MonthlyView(request.department(), fixed.departmentName(), request.fiscalYear(),
                    request.unit(), request.asOf(), fixed.fixedAt(), fixed.position(), months);
        });
    }

    /**
     * The entries summing to one figure of a row: {@code rowKey} is total, a 类/款/项 code or a line id;
     * {@code figure} budget or spent.
     */
    public ExecutionEntries entries(ExecutionQuery query, String rowKey, String figure, long offset, int limit) {
        boolean line = rowKey != null && rowKey.startsWith("line-");
        if (rowKey == null || !(line || rowKey.equals("total") || rowKey.matches("\\d{3}|\\d{5}|\\d{7}"))) {
            throw BadRequestException.of("row", "must be total, a 类, 款 or 项 code, or a budget line id");
        }
        if (!"budget".equals(figure) && !"spent".equals(figure)) {
            throw BadRequestException.of("figure", "must be budget or spent");
        }
        SliceRequest request = query.slice();
        return slices.read(request, fixed -> new ExecutionEntries(request.department(), request.fiscalYear(),
                request.unit(), request.asOf(), fixed.fixedAt(), fixed.position(), rowKey, figure,
                entries.list(new FactSelection(fixed, figure.equals("budget")
                        ? List.of("APPROPRIATION", "ADJUSTMENT") : List.of("EXPENDITURE"),
                        line || rowKey.equals("total") ? "" : rowKey, line ? rowKey : null), offset, limit)));
    }

    /** The catalogue's names of every 类, 款 and 项 the lines roll up to. */
    private Map<String, String> names(int fiscalYear, Map<String, LineSums> lines) {
        Set<String> codes = new HashSet<>();
        lines.values().forEach(sums -> codes.addAll(ExecutionRows.rollUp(sums.line().functionalCode())));
        return reference.names(CatalogueScheme.FUNCTIONAL, fiscalYear, codes);
    }
}
