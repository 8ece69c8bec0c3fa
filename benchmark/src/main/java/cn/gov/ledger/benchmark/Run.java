package cn.gov.ledger.benchmark;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What every subcommand needs: where the services are, which department and year to use, and how long a
 * run may last at most ({@code --timeout} seconds), so that no loop can outlive a stuck service.
 */
record Run(Options options, Http http, URI ledger, URI query, String department, int year, Duration limit,
           Path results) {

    static Run from(Options options, Http http) {
        return new Run(options, http, Http.loopback(options.text("ledger", "http://127.0.0.1:8081")),
                Http.loopback(options.text("query", "http://127.0.0.1:8082")), options.text("dept", "bench"),
                options.count("year", 2024), Duration.ofSeconds(options.count("timeout", 300)),
                Path.of(options.text("results", "benchmark/results.md")));
    }

    URI ledger(String path) {
        return URI.create(ledger + path);
    }

    URI query(String path) {
        return URI.create(query + path);
    }

    /** One request may take the whole run's time, but never more than a minute: beyond that it is stuck. */
    Duration requestTimeout() {
        return limit.compareTo(Duration.ofMinutes(1)) < 0 ? limit : Duration.ofMinutes(1);
    }

    String services() {
        return "ledger " + ledger + ", query " + query + ", department " + department + ", year " + year;
    }
}
