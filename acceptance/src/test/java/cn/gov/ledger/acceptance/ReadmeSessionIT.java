package cn.gov.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.testsupport.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The README's short session, parsed from README.md and run by bash in one shell against the real jars with
 * the seed year loaded, as a reader would type it (only the ports differ). Each answer must be what the README
 * shows: the same problem type for a refusal, the same keys for an answer, the same CSV lines where the
 * README prints them in full.
 */
@ExtendWith(SeedYear.class)
@EnabledIf("cn.gov.ledger.testsupport.TestDatabase#available")
class ReadmeSessionIT {

    private static final String END = "<<<end of answer>>>";

    /** A command as the README shows it and the answer printed under it. */
    record Step(String command, List<String> expected) {
    }

    @Test
    void everyCommandOfTheShortSessionRunsAsWrittenAndAnswersAsShown(SeedYear.Loaded seed) throws Exception {
        List<Step> steps = steps(Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8));
        assertThat(steps).hasSizeGreaterThan(10);
        StringBuilder script = new StringBuilder();
        for (Step step : steps) {
            script.append(step.command().replace("localhost:8081", seed.services().ledgerUrl)
                    .replace("localhost:8082", seed.services().queryUrl)).append("\necho\necho '").append(END)
                    .append("'\n");
        }
        Process bash = new ProcessBuilder("bash", "-c", script.toString()).redirectErrorStream(true).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor()).as(out).isZero();
        String[] answers = out.split(Pattern.quote(END) + "\n?", -1);
        for (int i = 0; i < steps.size(); i++) {
            check(steps.get(i), answers[i].strip());
        }
    }

    private static void check(Step step, String actual) {
        String as = step.command() + "\n→ " + actual;
        List<String> expected = step.expected();
        if (expected.isEmpty()) {
            assertThat(actual).as(as).isEmpty();
            return;
        }
        String first = expected.get(0);
        Matcher problem = Pattern.compile("\"type\":\"(/problems/[^\"]+)\"").matcher(first);
        if (problem.find()) {
            assertThat(actual).as(as).contains("\"type\":\"" + problem.group(1) + "\"");
        } else if (first.startsWith("{")) {
            assertThat(actual).as(as).startsWith("{").doesNotContain("/problems/");
            Matcher key = Pattern.compile("\"(\\w+)\":").matcher(String.join("", expected));
            while (key.find()) {
                assertThat(actual).as(as).contains("\"" + key.group(1) + "\":");
            }
        } else {
            // CSV downloads start with a byte-order mark so that Excel reads them as UTF-8; a terminal shows nothing.
            List<String> lines = actual.replace("\uFEFF", "").lines().toList();
            assertThat(lines).as(as).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                if (!expected.get(i).contains("…")) {
                    assertThat(lines.get(i)).as(as).isEqualTo(expected.get(i));
                }
            }
        }
    }

    /** The {@code $ } commands of the session block (continued while a line ends in \ or a quote is open). */
    static List<Step> steps(String readme) throws IOException {
        String section = readme.substring(readme.indexOf("## A short session"));
        int start = section.indexOf("```console\n") + 11;
        String block = section.substring(start, section.indexOf("\n```", start));
        List<Step> steps = new ArrayList<>();
        StringBuilder command = null;
        List<String> expected = new ArrayList<>();
        for (String line : block.split("\n")) {
            if (command != null && !complete(command.toString())) {
                command.append('\n').append(line);
            } else if (line.startsWith("$ ")) {
                if (command != null) {
                    steps.add(new Step(command.toString(), expected));
                }
                command = new StringBuilder(line.substring(2));
                expected = new ArrayList<>();
            } else if (!line.isBlank()) {
                expected.add(line);
            }
        }
        steps.add(new Step(command.toString(), expected));
        return steps;
    }

    private static boolean complete(String command) {
        long quotes = command.chars().filter(c -> c == '\'').count();
        return !command.endsWith("\\") && quotes % 2 == 0;
    }
}
