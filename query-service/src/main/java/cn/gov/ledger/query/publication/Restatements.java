package cn.gov.ledger.query.publication;

import cn.gov.ledger.api.code.Money;
import cn.gov.ledger.query.audit.TableChanges;
import cn.gov.ledger.query.audit.TableChanges.Bound;
import cn.gov.ledger.query.audit.TableDiff;
import cn.gov.ledger.query.progress.ProgressWaiter;
import cn.gov.ledger.query.publication.Publication.TableHash;
import cn.gov.ledger.query.publication.RestatementReport.Restatement;
import cn.gov.ledger.query.slice.SliceRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * What the ledger says differently now from what a publication printed: each table's diff from the
 * frozen point (same business date, the publication's recording instant and position) to everything
 * processed now. Every table is compared with the same "now", fixed once, so one late event cannot
 * show up in some tables and not in others.
 */
@Service
class Restatements {

    private final TableDiff diff;
    private final ProgressWaiter waiter;

    Restatements(TableDiff diff, ProgressWaiter waiter) {
        this.diff = diff;
        this.waiter = waiter;
    }

    /** @param entryLimit entries listed per table at most (each cell still counts all of its entries) */
    RestatementReport since(Publication publication, int entryLimit) {
        SliceRequest published = new SliceRequest(publication.department(), publication.fiscalYear(), null,
                publication.asOf(), publication.knownAt(), publication.position(), 0);
        long now = waiter.awaitProcessed(publication.position()).processed();
        SliceRequest current = new SliceRequest(publication.department(), publication.fiscalYear(), null,
                publication.asOf(), null, now, 0);
        List<Restatement> cells = new ArrayList<>();
        List<String> affected = new ArrayList<>();
        for (TableHash table : publication.tables()) {
            TableChanges changes = diff.diff(published, current, table.table(), entryLimit);
            if (!changes.changes().isEmpty()) {
                affected.add(table.table());
            }
            changes.changes().forEach(change -> cells.add(new Restatement(table.table(), changes.title(), change.side(),
                    change.rowKey(), change.rowName(), change.columnKey(), change.columnLabel(), change.before(),
                    change.after(), Money.toWanYuan(change.changeFen()), change.beforeFen(), change.afterFen(),
                    change.changeFen(), change.entryCount(), change.entries())));
        }
        return new RestatementReport(publication.id(), publication.department(), publication.fiscalYear(),
                publication.asOf(), new Bound(publication.knownAt(), publication.position()),
                new Bound(null, now),
                new RestatementReport.Summary(cells.size(), affected), cells);
    }
}
