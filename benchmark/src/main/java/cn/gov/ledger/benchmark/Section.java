package cn.gov.ledger.benchmark;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * What one run found, rendered as a Markdown section for the results file.
 *
 * @param failed a request the run needed was refused or failed: the figures do not describe a clean run
 */
record Section(String title, List<Figure> figures, List<String> notes, boolean failed) {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    String markdown(Instant at, String arguments, Machine machine, String services) {
        StringBuilder md = new StringBuilder();
        md.append("\n## ").append(title).append(" — ").append(WHEN.format(at))
                .append(failed ? " — FAILED" : "").append("\n\n");
        md.append("Command: `").append(arguments).append("`  \n");
        md.append("Machine: ").append(machine.line()).append("  \n");
        md.append("Services: ").append(services).append("\n\n");
        if (!figures.isEmpty()) {
            md.append("| figure | measured | target | |\n|---|---|---|---|\n");
            figures.forEach(f -> md.append(f.row()).append('\n'));
        }
        if (!notes.isEmpty()) {
            md.append(figures.isEmpty() ? "" : "\n");
            notes.forEach(n -> md.append("- ").append(n.replace("\n", " ")).append('\n'));
        }
        return md.toString();
    }
}
