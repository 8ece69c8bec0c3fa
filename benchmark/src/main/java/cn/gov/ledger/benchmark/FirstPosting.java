package cn.gov.ledger.benchmark;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * When {@code setup} first posted into a department: the services expose no such instant, yet
 * {@code tables} needs it as the earliest {@code knownAt} worth asking about. Kept beside the results file.
 */
final class FirstPosting {

    private FirstPosting() {
    }

    static void remember(Path results, String department, Instant at) {
        Properties state = load(results);
        state.setProperty(department, at.toString());
        try (Writer out = Files.newBufferedWriter(file(results))) {
            state.store(out, "first posting per benchmark department, written by setup");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Optional<Instant> recall(Path results, String department) {
        return Optional.ofNullable(load(results).getProperty(department)).map(Instant::parse);
    }

    private static Properties load(Path results) {
        Properties state = new Properties();
        if (Files.exists(file(results))) {
            try (Reader in = Files.newBufferedReader(file(results))) {
                state.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return state;
    }

    private static Path file(Path results) {
        return results.toAbsolutePath().resolveSibling("bench-state.properties");
    }
}
