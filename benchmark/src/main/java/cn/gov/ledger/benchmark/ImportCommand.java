package cn.gov.ledger.benchmark;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * {@code import --rows N [--repeat]}: generates an N-row CSV on disk, streams it to the ledger's import
 * endpoint and reports rows per second; with {@code --repeat} posts the same file again, which must add nothing.
 */
final class ImportCommand {

    static final double TARGET_ROWS_PER_SECOND = 100_000;
    private static final int SHOWN = 1_000;

    /** One POST of the file and how long the ledger took to answer it. */
    record Attempt(Http.Answer answer, double seconds) {
        /** The ledger's count of new postings, under whichever name it reports it. */
        OptionalLong posted() {
            try {
                return JsonFields.number(Http.JSON.readTree(answer.body()), "posted", "created", "imported",
                        "accepted", "new");
            } catch (JsonProcessingException e) {
                return OptionalLong.empty();
            }
        }

        String postedText() {
            OptionalLong posted = posted();
            return posted.isPresent() ? String.valueOf(posted.getAsLong()) : "not found in answer";
        }

        String shown() {
            String body = answer.body().replace('`', '\'');
            return "HTTP " + answer.status() + " `" + (body.length() > SHOWN ? body.substring(0, SHOWN) + " …" : body)
                    + "`";
        }
    }

    private ImportCommand() {
    }

    static Section run(Run run) throws Exception {
        int rows = run.options().count("rows", 100_000);
        Path file = Files.createTempFile("bench-import-", ".csv");
        try {
            long started = System.nanoTime();
            ImportCsv.write(file, rows, BudgetLine.of(run.department()), run.department(), run.year(),
                    UUID.randomUUID().toString().substring(0, 8), new SplittableRandom());
            double writing = (System.nanoTime() - started) / 1e9;
            List<Figure> figures = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            ProcessCpu.Reading before = ProcessCpu.Reading.take(run);
            Attempt first = post(run, file);
            ProcessCpu.Reading after = ProcessCpu.Reading.take(run);
            figures.add(Figure.of("rows", String.format(Locale.ROOT,
                    "%d (%.1f MB, written in %.1f s, not counted)", rows, Files.size(file) / 1e6, writing)));
            figures.add(Figure.atLeast("import", rows / first.seconds(), TARGET_ROWS_PER_SECOND, "rows/s"));
            figures.add(Figure.of("new postings", first.postedText()));
            figures.addAll(after.since(before, rows, "row"));
            String jdbc = run.options().text("jdbc", null);
            if (jdbc != null) {
                double copy = Anchor.copy(jdbc, file);
                figures.add(Figure.of("anchor: COPY of the same file", Figure.number(copy) + " rows/s"));
                figures.add(Figure.ratio("import ÷ anchor", rows / first.seconds(), copy));
            } else {
                notes.add("no --jdbc URL given: the COPY anchor was not run");
            }
            notes.add("answer: " + first.shown());
            boolean failed = first.answer().status() != 200;
            if (run.options().flag("repeat")) {
                Attempt second = post(run, file);
                OptionalLong again = second.posted();
                figures.add(Figure.of("repeat: time", String.format(Locale.ROOT, "%.1f s (%s rows/s)",
                        second.seconds(), Figure.number(rows / second.seconds()))));
                String verdict = again.isEmpty() ? "unknown" : again.getAsLong() == 0 ? "met" : "NOT met";
                figures.add(new Figure("repeat: new postings", second.postedText(), "0", verdict));
                notes.add("repeat answer: " + second.shown());
                failed |= second.answer().status() != 200 || again.orElse(0) != 0;
            }
            return new Section("import", figures, notes, failed);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The whole run's time limit applies to the one request: a large import is a single long POST. */
    static Attempt post(Run run, Path file) {
        long sent = System.nanoTime();
        Http.Answer answer = run.http().postFile(run.ledger("/api/v1/imports"), file, "text/csv", run.limit());
        return new Attempt(answer, (System.nanoTime() - sent) / 1e9);
    }
}
