package cn.gov.ledger.acceptance;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Both service jars as separate processes on one database, started and stopped as an operator would. */
final class Services implements AutoCloseable {

    /** One running service process and where it answers. */
    record Instance(Process process, String url) {
    }

    private Process ledger;
    private Process query;
    private final List<Process> extra = new ArrayList<>();
    private final String databaseUrl;
    final String ledgerUrl;
    final String queryUrl;

    Services(String databaseUrl) throws IOException, InterruptedException {
        this.databaseUrl = databaseUrl;
        int ledgerPort = freePort();
        int queryPort = freePort();
        ledgerUrl = "http://127.0.0.1:" + ledgerPort;
        queryUrl = "http://127.0.0.1:" + queryPort;
        ledger = start("ledger-service", databaseUrl, ledgerPort, Map.of("LEDGER_CONSOLE_QUERY_URL", queryUrl));
        awaitHealthy(ledgerUrl, ledger, "ledger-service");
        query = start("query-service", databaseUrl, queryPort, Map.of("LEDGER_CONSOLE_LEDGER_URL", ledgerUrl));
        awaitHealthy(queryUrl, query, "query-service");
    }

    /** Another query-service instance on the same database, as an operator scales the read side out. */
    Instance addQueryInstance() throws IOException, InterruptedException {
        int port = freePort();
        String url = "http://127.0.0.1:" + port;
        Process process = start("query-service", databaseUrl, port, Map.of("LEDGER_CONSOLE_LEDGER_URL", ledgerUrl),
                "query-service-" + (extra.size() + 2));
        extra.add(process);
        awaitHealthy(url, process, "query-service");
        return new Instance(process, url);
    }

    Process queryProcess() {
        return query;
    }

    /** kill -9 of the query service, then a start; returns milliseconds from kill to healthy. */
    long killAndRestartQuery() throws IOException, InterruptedException {
        long killed = System.nanoTime();
        query.destroyForcibly().waitFor();
        query = start("query-service", databaseUrl, port(queryUrl), Map.of("LEDGER_CONSOLE_LEDGER_URL", ledgerUrl),
                "query-service-restarted");
        awaitHealthy(queryUrl, query, "query-service-restarted");
        return (System.nanoTime() - killed) / 1_000_000;
    }

    /** kill -9 of the ledger alone, as a crash leaves it. */
    void killLedger() throws InterruptedException {
        ledger.destroyForcibly().waitFor();
    }

    /** Starts the ledger again after {@link #killLedger()}; returns milliseconds until it is healthy. */
    long startLedger() throws IOException, InterruptedException {
        long started = System.nanoTime();
        ledger = start("ledger-service", databaseUrl, port(ledgerUrl), Map.of("LEDGER_CONSOLE_QUERY_URL", queryUrl),
                "ledger-service-restarted");
        awaitHealthy(ledgerUrl, ledger, "ledger-service-restarted");
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static int port(String url) {
        return URI.create(url).getPort();
    }

    Process ledgerProcess() {
        return ledger;
    }

    /** Starts one service jar; {@code environment} adds to or overrides what an operator would set. */
    static Process start(String service, String databaseUrl, int port, Map<String, String> environment)
            throws IOException {
        return start(service, databaseUrl, port, environment, service);
    }

    static Process start(String service, String databaseUrl, int port, Map<String, String> environment,
                         String logName) throws IOException {
        File jar = new File("../" + service + "/target/" + service + ".jar");
        if (!jar.isFile()) {
            throw new IllegalStateException(jar + " is missing: package the services first");
        }
        File log = new File("target/" + logName + ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of("java", "-Xmx1g", "-jar", jar.getAbsolutePath()))
                .redirectErrorStream(true).redirectOutput(log);
        builder.environment().put("SPRING_DATASOURCE_URL", databaseUrl);
        builder.environment().put("SERVER_PORT", String.valueOf(port));
        builder.environment().putAll(environment);
        return builder.start();
    }

    static void awaitHealthy(String url, Process process, String name) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited; see acceptance/target/" + name + ".log");
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(url + "/actuator/health"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " did not become healthy; see acceptance/target/" + name + ".log");
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        for (Process process : extra) {
            process.destroy();
            process.waitFor();
        }
        for (Process process : List.of(query, ledger)) {
            process.destroy();
            process.waitFor();
        }
    }
}
