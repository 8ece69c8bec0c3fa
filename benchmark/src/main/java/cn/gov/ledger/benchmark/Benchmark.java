package cn.gov.ledger.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

/**
 * The benchmark harness: drives the running ledger and query services over loopback HTTP and appends what
 * it measured to the results file. Exits 1 when a run's requests were refused, 2 on a bad command line.
 *
 * <pre>java -jar benchmark.jar setup|post|import|tables|execution|lag|rebuild|scale [--entries N] [--clients C] [--lines L]
 *     [--hot] [--rows N] [--repeat] [--samples N] [--postings N] [--departments D] [--dept D] [--year Y] [--since INSTANT] [--timeout SECONDS]
 *     [--ledger URL] [--query URL] [--results FILE] [--user NAME:PASSWORD]</pre>
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Run run;
        try {
            Options options = Options.parse(args);
            run = Run.from(options, new Http(options.text("user", Http.DEFAULT_USER)));
        } catch (IllegalArgumentException e) {
            System.err.println("benchmark: " + e.getMessage());
            System.exit(2);
            return;
        }
        Instant started = Instant.now();
        Section section;
        try {
            section = measure(run);
        } catch (UncheckedIOException e) {
            // A service that is down or hangs up still gets a FAILED section, so the results file tells of it.
            section = new Section(run.options().command(), List.of(), List.of("aborted: " + e.getMessage()), true);
        }
        String markdown = section.markdown(started, String.join(" ", args), Machine.describe(run.http(), run.ledger()),
                run.services());
        System.out.print(markdown);
        append(run.results(), markdown);
        System.exit(section.failed() ? 1 : 0);
    }

    private static Section measure(Run run) throws Exception {
        return switch (run.options().command()) {
            case "setup" -> Setup.run(run);
            case "post" -> PostCommand.run(run);
            case "import" -> ImportCommand.run(run);
            case "tables" -> TablesCommand.run(run);
            case "execution" -> ExecutionCommand.run(run);
            case "lag" -> LagCommand.run(run);
            case "rebuild" -> RebuildCommand.run(run);
            case "scale" -> ScaleCommand.run(run);
            default -> throw new IllegalStateException("unhandled command " + run.options().command());
        };
    }

    private static void append(Path results, String markdown) throws IOException {
        if (results.toAbsolutePath().getParent() != null) {
            Files.createDirectories(results.toAbsolutePath().getParent());
        }
        if (!Files.exists(results)) {
            Files.writeString(results, "# Benchmark results\n\nAppended by `bench.sh` / `benchmark.jar`, newest last. "
                    + "Harness and services share the machine named in each section.\n", StandardCharsets.UTF_8);
        }
        Files.writeString(results, markdown, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
