package cn.gov.ledger.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

/**
 * The loading half of {@code scale}: registers each department and its units over the API, then writes and
 * posts its import file, from {@code clients} threads. Imports serialise on the ledger's exclusive
 * append lock only while posting, so a second client checks its file while the first posts. Each file is
 * deleted once answered: ten million rows never sit on disk at once.
 */
final class ScaleImports {

    /**
     * What loading did: the first {@code departments} of the plan loaded, rows sent and those the ledger said it
     * posted, how long the ledger spent answering imports, the last event position.
     */
    record Loaded(int departments, int registered, long sent, long posted, double importSeconds, long position) {
    }

    private final Run run;
    private final ScalePlan plan;
    private final Failures failures;
    private final int clients;

    ScaleImports(Run run, ScalePlan plan, Failures failures, int clients) {
        this.run = run;
        this.plan = plan;
        this.failures = failures;
        this.clients = clients;
    }

    /**
     * Registers each department and its units (409, already there, counts as done) and posts its file, until every
     * department is loaded or {@code stopNanos} passes: files started by then finish, none starts after it.
     */
    Loaded load(long stopNanos) throws Exception {
        String runId = UUID.randomUUID().toString().substring(0, 8);
        AtomicInteger registered = new AtomicInteger();
        AtomicLong sent = new AtomicLong();
        AtomicLong posted = new AtomicLong();
        AtomicLong answeringNanos = new AtomicLong();
        AtomicLong position = new AtomicLong();
        AtomicInteger done = new AtomicInteger();
        long started = System.nanoTime();
        int departments = inParallel(stopNanos, i -> {
            String code = plan.department(i);
            registered.addAndGet(register(code));
            ImportCommand.Attempt attempt = importOne(code, plan.rows(i), runId, i);
            sent.addAndGet(plan.rows(i));
            answeringNanos.addAndGet((long) (attempt.seconds() * 1e9));
            if (attempt.answer().status() != 200 || attempt.posted().orElse(-1) != plan.rows(i)) {
                failures.add(code + ": " + attempt.shown());
            } else {
                posted.addAndGet(plan.rows(i));
            }
            JsonFields.number(json(attempt), "position").ifPresent(p -> position.accumulateAndGet(p, Math::max));
            int finished = done.incrementAndGet();
            if (finished % Math.max(1, plan.departments() / 50) == 0) {
                double seconds = (System.nanoTime() - started) / 1e9;
                System.err.printf(Locale.ROOT, "scale: %d of %d departments, %,d rows, %.0f s, %,.0f rows/s, load %s%n",
                        finished, plan.departments(), sent.get(), seconds, sent.get() / seconds, Machine.loadNow());
            }
        });
        return new Loaded(departments, registered.get(), sent.get(), posted.get(), answeringNanos.get() / 1e9,
                position.get());
    }

    /** 1 for each of the department and its units registered now. */
    private int register(String code) {
        int fresh = Setup.register(run, "/api/v1/departments", code, "规模测试部门 " + code, failures);
        for (String unit : BudgetLine.units(code)) {
            fresh += Setup.register(run, "/api/v1/departments/" + code + "/units", unit, "规模测试单位 " + unit,
                    failures);
        }
        return fresh;
    }

    private ImportCommand.Attempt importOne(String department, int rows, String runId, int index) {
        try {
            Path file = Files.createTempFile("bench-scale-", ".csv");
            try {
                ImportCsv.write(file, rows, BudgetLine.of(department), department, run.year(), runId + "-" + index,
                        new SplittableRandom(index), true);
                return ImportCommand.post(run, file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(ImportCommand.Attempt attempt) {
        try {
            return Http.JSON.readTree(attempt.answer().body());
        } catch (IOException e) {
            return Http.JSON.createObjectNode();
        }
    }

    /**
     * Runs {@code task} for department indexes in order on the client threads until all are done or {@code stopNanos}
     * passes, and returns how many were started (all of them finished); the first exception fails the run.
     */
    private int inParallel(long stopNanos, IntConsumer task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            AtomicInteger next = new AtomicInteger();
            AtomicInteger loaded = new AtomicInteger();
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    while (System.nanoTime() < stopNanos && !failures.exhausted()) {
                        int i = next.getAndIncrement();
                        if (i >= plan.departments()) {
                            return;
                        }
                        task.accept(i);
                        loaded.incrementAndGet();
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            return loaded.get();
        } finally {
            pool.shutdownNow();
        }
    }
}
