package cn.gov.ledger.query.audit;

import cn.gov.ledger.api.code.Money;
import cn.gov.ledger.query.audit.TableChanges.Bound;
import cn.gov.ledger.query.audit.TableChanges.CellChange;
import cn.gov.ledger.query.tables.CellFormulas;
import cn.gov.ledger.query.slice.SliceRequest;
import cn.gov.ledger.query.tables.TableFormulas;
import cn.gov.ledger.query.tables.TableFormulas.CellId;
import cn.gov.ledger.query.tables.TableFormulas.Term;
import cn.gov.ledger.query.tables.TableView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Compares a table at two points: the later one first, so the earlier one is bounded by the position
 * the later one reflects and its facts are a subset of the later one's. A cell changed when its exact
 * fen differ (a change too small to show in 万元 is still a change); the entries that changed it are
 * the later slice's facts missing from the earlier slice, matched by the cell's formula.
 */
@Service
public class TableDiff {

    private final CellFormulas formulas;
    private final EntryFacts facts;
    private final EntryTrails trails;

    TableDiff(CellFormulas formulas, EntryFacts facts, EntryTrails trails) {
        this.formulas = formulas;
        this.facts = facts;
        this.trails = trails;
    }

    public TableChanges diff(SliceRequest from, SliceRequest to, String table, int entryLimit) {
        TableFormulas after = formulas.formulas(to, table);
        long cap = after.view().position();
        TableFormulas before = formulas.formulas(from.notAfter(cap), table);
        Set<CellId> cells = new LinkedHashSet<>(after.values().keySet());
        cells.addAll(before.values().keySet());
        List<CellId> changed = cells.stream().filter(cell -> before.valueFen(cell) != after.valueFen(cell)).toList();
        List<List<Term>> terms = changed.stream().map(after::terms).toList();
        FactScope scope = FactScope.of(after).since(before);
        Map<Integer, EntryFacts.CellSum> sums = facts.sums(scope, terms);
        List<FactRow> rows = facts.page(scope, terms, 0, entryLimit);
        List<AuditedEntry> entries = trails.entries(rows, FactScope.of(after));
        Map<Integer, List<AuditedEntry>> entriesByCell = new HashMap<>();
        for (int row = 0; row < rows.size(); row++) {
            entriesByCell.computeIfAbsent(rows.get(row).cell(), key -> new ArrayList<>()).add(entries.get(row));
        }
        List<CellChange> changes = new ArrayList<>();
        for (int i = 0; i < changed.size(); i++) {
            CellId cell = changed.get(i);
            long change = after.valueFen(cell) - before.valueFen(cell);
            EntryFacts.CellSum sum = sums.getOrDefault(i, new EntryFacts.CellSum(0, 0));
            if (sum.sumFen() != change) {
                throw new IllegalStateException("cell " + cell + " of table " + table + " changed by " + change
                        + " fen but the entries in between sum to " + sum.sumFen() + " fen");
            }
            TableView shown = after.values().containsKey(cell) ? after.view() : before.view();
            changes.add(new CellChange(cell.side(), cell.rowKey(), CellLocator.rowName(shown, cell), cell.columnKey(),
                    CellLocator.columnLabel(shown, cell.columnKey()), Money.toWanYuan(before.valueFen(cell)),
                    Money.toWanYuan(after.valueFen(cell)), before.valueFen(cell), after.valueFen(cell), change,
                    sum.count(), sum.sumFen(), entriesByCell.getOrDefault(i, List.of())));
        }
        TableView view = after.view();
        return new TableChanges(view.table(), view.title(), view.department(), view.fiscalYear(), view.unit(),
                view.asOf(), view.currencyUnit(), new Bound(before.recordedBy(), before.view().position()),
                new Bound(after.recordedBy(), view.position()), changes.size(), changes);
    }
}
