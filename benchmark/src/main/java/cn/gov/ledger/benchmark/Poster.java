package cn.gov.ledger.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;

/**
 * {@code clients} threads post {@code entries} expenditures between them, each with its own idempotency key,
 * round-robin over the given lines, until all are posted or the run's time limit passes.
 */
final class Poster {

    /** Told of every accepted posting: its global position and when its 201 arrived ({@link System#nanoTime}). */
    interface Listener {
        void posted(long position, long answeredAt);
    }

    record Result(Histogram latency, long posted, Failures failures, double seconds) {
        double perSecond() {
            return posted / seconds;
        }
    }

    private Poster() {
    }

    static Result run(Run run, List<BudgetLine> lines, int entries, int clients, Listener listener) {
        return run(run, lines, entries, clients, 1, listener);
    }

    /**
     * As above with {@code batch} entries a request: more than one goes through {@code /api/v1/entries/batch}
     * (all or nothing), and the latency recorded is the batch's, once for each of its entries.
     */
    static Result run(Run run, List<BudgetLine> lines, int entries, int clients, int batch, Listener listener) {
        String runId = UUID.randomUUID().toString().substring(0, 8);
        AtomicInteger next = new AtomicInteger();
        Failures failures = new Failures();
        long started = System.nanoTime();
        long deadline = started + run.limit().toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Histogram>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    Histogram latency = Latency.micros();
                    Samples samples = new Samples(ThreadLocalRandom.current(), run.year());
                    while (System.nanoTime() < deadline && !failures.exhausted()) {
                        int first = next.getAndAdd(batch);
                        if (first >= entries) {
                            break;
                        }
                        if (batch == 1) {
                            post(run, lines.get(first % lines.size()), runId + "-" + first, samples, latency,
                                    failures, listener);
                        } else {
                            postBatch(run, lines, first, Math.min(entries, first + batch), runId, samples, latency,
                                    failures);
                        }
                    }
                    return latency;
                }));
            }
            Histogram all = Latency.micros();
            for (Future<Histogram> worker : workers) {
                // A worker ends by the deadline plus at most one request's timeout.
                all.add(worker.get(run.limit().plus(run.requestTimeout()).toSeconds() + 5, TimeUnit.SECONDS));
            }
            return new Result(all, all.getTotalCount(), failures, (System.nanoTime() - started) / 1e9);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("posting clients did not finish: " + e, e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void post(Run run, BudgetLine line, String id, Samples samples, Histogram latency,
                             Failures failures, Listener listener) {
        Map<String, Object> body = expenditure(run, line, id, samples);
        try {
            long sent = System.nanoTime();
            Http.Answer answer = run.http().postJson(run.ledger("/api/v1/expenditures"), body, "bench-" + id,
                    run.requestTimeout());
            long answered = System.nanoTime();
            if (answer.status() != 201) {
                failures.add(answer);
                return;
            }
            latency.recordValue((answered - sent) / 1000);
            if (listener != null) {
                listener.posted(Http.JSON.readTree(answer.body()).path("position").asLong(), answered);
            }
        } catch (UncheckedIOException | IOException e) {
            failures.add(e.getMessage());
        }
    }

    private static void postBatch(Run run, List<BudgetLine> lines, int from, int to, String runId, Samples samples,
                                  Histogram latency, Failures failures) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("type", "EXPENDITURE");
            entry.putAll(expenditure(run, lines.get(i % lines.size()), runId + "-" + i, samples));
            entries.add(entry);
        }
        try {
            long sent = System.nanoTime();
            Http.Answer answer = run.http().postJson(run.ledger("/api/v1/entries/batch"), Map.of("entries", entries),
                    "bench-" + runId + "-batch-" + from, run.requestTimeout());
            long answered = System.nanoTime();
            if (answer.status() != 201) {
                failures.add(answer);
                return;
            }
            latency.recordValueWithCount((answered - sent) / 1000, to - from);
        } catch (UncheckedIOException e) {
            failures.add(e.getMessage());
        }
    }

    private static Map<String, Object> expenditure(Run run, BudgetLine line, String id, Samples samples) {
        Map<String, Object> body = new LinkedHashMap<>(line.fields(run.department(), run.year()));
        body.put("economicCode", samples.economicCode());
        body.put("amount", samples.amount());
        body.put("businessDate", samples.date().toString());
        body.put("voucherNo", "BP-" + id);
        body.put("payee", "基准测试供应商" + Math.floorMod(id.hashCode(), 50));
        body.put("memo", "基准测试支出");
        return body;
    }
}
