package cn.gov.ledger.benchmark;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;
import org.postgresql.PGConnection;

/**
 * What plain PostgreSQL does on the same server at the same moment ({@code --jdbc URL}): single-row commits from
 * as many clients as the run uses (each its own connection, autocommit, so one fsync per row like one posting),
 * and a COPY of the very file an import sends. The tables are ordinary logged tables, made for the run and
 * dropped after it; figures are shown beside the service's as the ceiling the service is measured against.
 */
final class Anchor {

    /** Commits per second and their latency. */
    record Commits(double perSecond, Histogram latency) {
    }

    private static final String ROW = "x".repeat(600);

    private Anchor() {
    }

    static Commits commits(String jdbc, int clients, int rows, long limitNanos) throws Exception {
        String table = "bench_anchor_" + UUID.randomUUID().toString().substring(0, 8);
        execute(jdbc, "CREATE TABLE " + table + " (id bigserial PRIMARY KEY, client int, payload text)");
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            AtomicInteger next = new AtomicInteger();
            long started = System.nanoTime();
            long deadline = started + limitNanos;
            List<Future<Histogram>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                workers.add(pool.submit(() -> {
                    Histogram latency = Latency.micros();
                    try (Connection connection = DriverManager.getConnection(jdbc);
                         PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table
                                 + " (client, payload) VALUES (?, ?)")) {
                        connection.setAutoCommit(true);
                        while (next.getAndIncrement() < rows && System.nanoTime() < deadline) {
                            long sent = System.nanoTime();
                            insert.setInt(1, client);
                            insert.setString(2, ROW);
                            insert.executeUpdate();
                            latency.recordValue((System.nanoTime() - sent) / 1000);
                        }
                    }
                    return latency;
                }));
            }
            Histogram all = Latency.micros();
            for (Future<Histogram> worker : workers) {
                all.add(worker.get());
            }
            return new Commits(all.getTotalCount() / ((System.nanoTime() - started) / 1e9), all);
        } finally {
            pool.shutdownNow();
            execute(jdbc, "DROP TABLE IF EXISTS " + table);
        }
    }

    /** Rows per second of {@code COPY … FROM STDIN (FORMAT csv, HEADER)} of the file into a table of text columns. */
    static double copy(String jdbc, Path csv) throws SQLException, IOException {
        String table = "bench_anchor_" + UUID.randomUUID().toString().substring(0, 8);
        String header = Files.newBufferedReader(csv, StandardCharsets.UTF_8).readLine();
        String columns = String.join(" text, ", header.split(",")) + " text";
        execute(jdbc, "CREATE TABLE " + table + " (" + columns.replace("type text", "\"type\" text") + ")");
        try (Connection connection = DriverManager.getConnection(jdbc);
             Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            connection.setAutoCommit(false);
            long started = System.nanoTime();
            long rows = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table
                    + " FROM STDIN (FORMAT csv, HEADER true)", reader);
            connection.commit();
            return rows / ((System.nanoTime() - started) / 1e9);
        } finally {
            execute(jdbc, "DROP TABLE IF EXISTS " + table);
        }
    }

    private static void execute(String jdbc, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbc); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
