package cn.gov.ledger.service.imports;

import java.util.concurrent.atomic.AtomicLong;

/**
 * One import's progress as its request thread reports it and other requests read it. The counts only grow;
 * a reader may see them a batch behind, never ahead.
 */
final class ImportRun implements ImportProgress {

    /** Where an import stands: rows being counted and checked, posted, finished, or refused/failed. */
    enum State { CHECKING, POSTING, DONE, FAILED }

    private final String id;
    private final AtomicLong total = new AtomicLong(-1);
    private final AtomicLong checked = new AtomicLong();
    private final AtomicLong toPost = new AtomicLong(-1);
    private final AtomicLong posted = new AtomicLong();
    private volatile State state = State.CHECKING;

    ImportRun(String id) {
        this.id = id;
    }

    @Override
    public void total(long rows) {
        // a retried transaction starts the count again
        total.set(rows);
        checked.set(0);
        posted.set(0);
        toPost.set(-1);
        state = State.CHECKING;
    }

    @Override
    public void checked(long rows) {
        checked.addAndGet(rows);
    }

    @Override
    public void checkedAll(long duplicates) {
        toPost.set(Math.max(0, checked.get() - duplicates));
        state = State.POSTING;
    }

    @Override
    public void posted(long rows) {
        posted.addAndGet(rows);
    }

    void finished(boolean ok) {
        state = ok ? State.DONE : State.FAILED;
    }

    ImportProgressView view() {
        return new ImportProgressView(id, state.name(), total.get() < 0 ? null : total.get(), checked.get(),
                toPost.get() < 0 ? null : toPost.get(), posted.get());
    }
}
