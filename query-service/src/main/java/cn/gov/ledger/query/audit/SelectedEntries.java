package cn.gov.ledger.query.audit;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The drill-down of a figure that is not a table cell (an execution row's budget or spending): the facts of a
 * {@link FactSelection} in position order, told as entries with their events exactly as a cell's are.
 */
@Service
public class SelectedEntries {

    private final EntryFacts facts;
    private final EntryTrails trails;

    SelectedEntries(EntryFacts facts, EntryTrails trails) {
        this.facts = facts;
        this.trails = trails;
    }

    public EntryList list(FactSelection selection, long offset, int limit) {
        List<Object> args = new ArrayList<>();
        EntryFacts.CellSum all = facts.selectedSum(selection.where(args), args);
        List<Object> pageArgs = new ArrayList<>();
        List<FactRow> page = facts.selectedPage(selection.where(pageArgs), pageArgs, offset, limit);
        Long next = offset + page.size() < all.count() ? offset + page.size() : null;
        return new EntryList(all.count(), all.sumFen(), offset, next, trails.entries(page, selection.scope()));
    }
}
