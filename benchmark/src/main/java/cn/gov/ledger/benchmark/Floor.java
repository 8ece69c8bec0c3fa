package cn.gov.ledger.benchmark;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The least any request costs here, measured beside a posting run: the same clients sending the ledger an
 * authenticated GET that reads one small table ({@code /api/v1/departments}) for a few seconds. Its ledger CPU per
 * request is what Tomcat, Spring Security, Spring MVC and Jackson take before a posting does anything of its own;
 * the harness's own CPU per request is what the clients take from the same cores.
 */
final class Floor {

    private static final long SECONDS = 5;

    private Floor() {
    }

    static List<Figure> measure(Run run, int clients) throws InterruptedException {
        AtomicLong answered = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        ProcessCpu.Reading before = ProcessCpu.Reading.take(run);
        long harnessBefore = harnessCpuNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                while (System.nanoTime() < deadline) {
                    Http.Answer answer = run.http().get(run.ledger("/api/v1/departments"), run.requestTimeout());
                    (answer.status() == 200 ? answered : failed).incrementAndGet();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(SECONDS + run.requestTimeout().toSeconds(), TimeUnit.SECONDS);
        long harnessUsed = harnessCpuNanos() - harnessBefore;
        ProcessCpu.Reading after = ProcessCpu.Reading.take(run);
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.of("floor: authenticated GET /api/v1/departments, " + clients + " clients",
                Figure.number(answered.get() / (double) SECONDS) + " requests/s, " + failed.get() + " failed"));
        Figure ledger = after.since(before, answered.get(), "request").get(0);
        figures.add(Figure.of("floor: " + ledger.name(), ledger.value()));
        figures.add(Figure.of("floor: harness CPU per request", cpuMillis(harnessUsed, answered.get())));
        return figures;
    }

    /** CPU this harness process has used (all its threads); the clients share the machine with the services. */
    static long harnessCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static String cpuMillis(long nanos, long requests) {
        return requests == 0 ? "not measured" : String.format(Locale.ROOT, "%.3f ms", nanos / 1e6 / requests);
    }
}
