package cn.gov.ledger.benchmark;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The command line: a subcommand, then {@code --name value} options and bare {@code --flag}s. Unknown
 * names are refused so that a mistyped option never silently runs the benchmark with a default.
 */
record Options(String command, Map<String, String> values, Set<String> flags) {

    static final Set<String> COMMANDS = Set.of("setup", "post", "import", "tables", "execution", "lag", "rebuild",
            "scale");
    private static final Set<String> FLAGS = Set.of("hot", "repeat");
    private static final Set<String> VALUED = Set.of("entries", "clients", "batch", "lines", "rows", "samples", "dept",
            "year", "ledger", "query", "results", "timeout", "since", "user", "jdbc", "postings",
            "departments", "load-seconds", "ingest");

    static Options parse(String... args) {
        if (args.length == 0 || !COMMANDS.contains(args[0])) {
            throw new IllegalArgumentException("first argument must be one of " + COMMANDS);
        }
        Map<String, String> values = new HashMap<>();
        Set<String> flags = new HashSet<>();
        for (int i = 1; i < args.length; i++) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : null;
            if (name != null && FLAGS.contains(name)) {
                flags.add(name);
            } else if (name != null && VALUED.contains(name) && i + 1 < args.length) {
                values.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("unexpected argument " + args[i] + " (options: --"
                        + String.join(" --", VALUED) + " value, --" + String.join(" --", FLAGS) + ")");
            }
        }
        return new Options(args[0], Map.copyOf(values), Set.copyOf(flags));
    }

    String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    /** A positive whole number; zero or less would make a run that measures nothing. */
    int count(String name, int fallback) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        int parsed = Integer.parseInt(value.replace("_", ""));
        if (parsed <= 0) {
            throw new IllegalArgumentException("--" + name + " must be positive, not " + value);
        }
        return parsed;
    }

    boolean flag(String name) {
        return flags.contains(name);
    }
}
