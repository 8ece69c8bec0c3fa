package cn.gov.ledger.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Postings sent in the background while another figure is measured ({@code --ingest N}): N expenditures through
 * the batch endpoint, 100 a request from two clients by default ({@code --batch}, {@code --clients}), the fastest
 * way in on this product, so that the query service reads tables while its projection takes in new events.
 */
final class Ingest {

    private final CompletableFuture<Poster.Result> posting;
    private final String how;
    private final long started = System.nanoTime();

    private Ingest(CompletableFuture<Poster.Result> posting, String how) {
        this.posting = posting;
        this.how = how;
    }

    /** Starts the ingest the options ask for, or none. */
    static Ingest start(Run run) {
        if (run.options().text("ingest", null) == null) {
            return null;
        }
        int entries = run.options().count("ingest", 1);
        int clients = run.options().count("clients", 2);
        int batch = run.options().count("batch", 100);
        List<BudgetLine> lines = BudgetLine.of(run.department());
        return new Ingest(CompletableFuture.supplyAsync(() -> Poster.run(run, lines, entries, clients, batch, null)),
                batch + " a request, " + clients + " clients");
    }

    /** Waits for the ingest to end; the figures say how fast it went and whether it outlasted the measurement. */
    List<Figure> figures(long measurementEnded) {
        Poster.Result result = posting.join();
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.of("ingest while measuring", result.posted() + " entries at "
                + Figure.number(result.perSecond()) + " entries/s (" + how + "), " + result.failures().count()
                + " refused or failed"));
        double measured = (measurementEnded - started) / 1e9;
        figures.add(Figure.of("measurement inside the ingest", result.seconds() >= measured ? "all of it"
                : "its first " + Math.round(100 * result.seconds() / measured) + " % (the ingest ended first)"));
        return figures;
    }
}
