package cn.gov.ledger.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** The machine the figures came from; the services run on it too, so they share its cores with the harness. */
record Machine(String cpu, int processors, String memory, String os, String java, String database) {

    static Machine describe(Http http, URI ledger) {
        String cpu = procField("/proc/cpuinfo", "model name").orElse("unknown CPU");
        String memory = procField("/proc/meminfo", "MemTotal")
                .map(kb -> String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(kb.replaceAll("\\D", "")) / 1048576.0))
                .orElse("unknown memory");
        String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch");
        String java = "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")";
        return new Machine(cpu, Runtime.getRuntime().availableProcessors(), memory, os, java, database(http, ledger));
    }

    /** The load average goes with every section: the machine is shared, and the figures mean little without it. */
    String line() {
        return cpu + " · " + processors + " processors · " + memory + " · " + os + " · " + java + " · " + database
                + " · load average " + load();
    }

    private static String load() {
        return loadNow() + " at the end of the run";
    }

    /** The 1, 5 and 15 minute load averages, for runs long enough that the load at their start matters too. */
    static String loadNow() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | UncheckedIOException e) {
            return "unknown";
        }
    }

    /**
     * The services publish no database version, only the product name in the actuator health details;
     * the version is left as unknown rather than guessed from whatever client happens to be installed here.
     */
    private static String database(Http http, URI ledger) {
        try {
            Http.Answer health = http.get(URI.create(ledger + "/actuator/health"), Duration.ofSeconds(5));
            String name = Http.JSON.readTree(health.body()).path("components").path("db").path("details")
                    .path("database").asText("");
            return name.isEmpty() ? "database: not reported by the ledger"
                    : name + " (version not exposed by the services)";
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return "database: ledger health not available";
        }
    }

    private static Optional<String> procField(String file, String field) {
        try (var lines = Files.lines(Path.of(file))) {
            return lines.filter(l -> l.startsWith(field)).findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim());
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }
}
