package cn.gov.ledger.query.audit;

import cn.gov.ledger.api.code.Money;
import cn.gov.ledger.query.tables.CellFormulas;
import cn.gov.ledger.query.slice.SliceRequest;
import cn.gov.ledger.query.tables.TableFormulas;
import cn.gov.ledger.query.tables.TableFormulas.CellId;
import cn.gov.ledger.query.tables.TableFormulas.Term;
import cn.gov.ledger.query.tables.TableView;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * From a served cell to its entries: the table's own formula for the cell, the facts its terms match
 * in the table's slice, and each entry's events. The entries' signed sum must equal the cell in exact
 * fen; if it ever does not, the answer is an error rather than a trail that does not add up.
 */
@Service
public class CellDrillDown {

    private final CellFormulas formulas;
    private final EntryFacts facts;
    private final EntryTrails trails;

    CellDrillDown(CellFormulas formulas, EntryFacts facts, EntryTrails trails) {
        this.formulas = formulas;
        this.facts = facts;
        this.trails = trails;
    }

    public CellDrill drill(SliceRequest request, String table, String side, String rowKey, String columnKey, long offset,
                    int limit) {
        TableFormulas served = formulas.formulas(request, table);
        CellId cell = CellLocator.locate(served, side, rowKey, columnKey);
        long value = served.valueFen(cell);
        List<List<Term>> terms = List.of(served.terms(cell));
        FactScope scope = FactScope.of(served);
        EntryFacts.CellSum all = facts.sums(scope, terms).getOrDefault(0, new EntryFacts.CellSum(0, 0));
        List<FactRow> page = facts.page(scope, terms, offset, limit);
        long pageSum = page.stream().mapToLong(FactRow::contributionFen).reduce(0, Math::addExact);
        boolean wholeCell = offset == 0 && page.size() == all.count();
        if (all.sumFen() != value || wholeCell && pageSum != value) {
            throw new IllegalStateException("cell " + cell + " of table " + table + " is " + value
                    + " fen but its entries sum to " + all.sumFen() + " fen");
        }
        TableView view = served.view();
        Long next = offset + page.size() < all.count() ? offset + page.size() : null;
        return new CellDrill(view.table(), view.title(), view.department(), view.fiscalYear(), view.unit(), view.asOf(),
                view.knownAt(), view.position(), view.currencyUnit(), cell.side(), cell.rowKey(),
                CellLocator.rowName(view, cell), cell.columnKey(), CellLocator.columnLabel(view, cell.columnKey()),
                Money.toWanYuan(value), value, terms.get(0), all.count(), all.sumFen(), offset,
                limit, next, trails.entries(page, scope));
    }
}
