package cn.gov.ledger.acceptance;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the test's own (initdb and pg_ctl in a temporary directory, on a free port), so a
 * fault test may restart it without touching the server other tests share. As root, PostgreSQL's tools run
 * as the {@code postgres} user, since initdb refuses root. The binaries are found under
 * {@code /usr/lib/postgresql/<version>/bin} or in {@code LEDGER_PG_BIN}.
 */
final class PostgresCluster implements AutoCloseable {

    private static final String OS_USER = "postgres";

    private final Path bin;
    private final Path directory;
    private final Path data;
    final int port;

    PostgresCluster() throws IOException, InterruptedException {
        this(null);
    }

    /** A new cluster; with a primary, a streaming standby of it (pg_basebackup -R) instead of an empty one. */
    private PostgresCluster(PostgresCluster primary) throws IOException, InterruptedException {
        bin = binaries().orElseThrow(() -> new IllegalStateException("no PostgreSQL binaries found"));
        directory = Files.createTempDirectory("ledger-faults-pg");
        data = directory.resolve("data");
        port = Services.freePort();
        if (asRoot()) {
            UserPrincipal postgres = directory.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(OS_USER);
            Files.setOwner(directory, postgres);
        }
        if (primary == null) {
            // initdb's defaults already allow replication: wal_level replica, ten WAL senders, trust for
            // replication connections from 127.0.0.1.
            run("initdb", "-D", data.toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync");
        } else {
            run("pg_basebackup", "-D", data.toString(), "-R", "-X", "stream", "-h", "127.0.0.1",
                    "-p", String.valueOf(primary.port), "-U", "postgres", "--no-sync");
        }
        start();
    }

    /** A hot standby of this cluster on another free port, streaming from it; closed on its own. */
    PostgresCluster standby() throws IOException, InterruptedException {
        return new PostgresCluster(this);
    }

    /** Whether the binaries are here: the fault tests need a server they may restart. */
    static boolean available() {
        return binaries().isPresent() && (!asRoot() || new File("/usr/sbin/runuser").canExecute());
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=postgres";
    }

    /** A connection as the superuser, for what the test itself does to the database. */
    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database));
    }

    void start() throws IOException, InterruptedException {
        run("pg_ctl", "-D", data.toString(), "-l", directory.resolve("server.log").toString(), "-w", "-t", "60",
                "-o", "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1 -c fsync=off"
                        + " -c max_connections=200",
                "start");
    }

    /** An operator's restart: sessions are ended, transactions in flight roll back. */
    void restart() throws IOException, InterruptedException {
        run("pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "stop");
        start();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            run("pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop");
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private void run(String tool, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (asRoot()) {
            command.addAll(List.of("/usr/sbin/runuser", "-u", OS_USER, "--"));
        }
        command.add(bin.resolve(tool).toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(directory.resolve(tool + ".out").toFile()).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(tool + " failed: " + Files.readString(directory.resolve(tool + ".out")));
        }
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static Optional<Path> binaries() {
        String given = System.getenv("LEDGER_PG_BIN");
        if (given != null) {
            return Optional.of(Path.of(given)).filter(path -> Files.isExecutable(path.resolve("initdb")));
        }
        File[] versions = new File("/usr/lib/postgresql").listFiles();
        return versions == null ? Optional.empty() : Stream.of(versions)
                .filter(version -> version.getName().matches("\\d+"))
                .map(version -> version.toPath().resolve("bin"))
                .filter(path -> Files.isExecutable(path.resolve("initdb")))
                .max(Comparator.comparing(path -> Integer.parseInt(path.getParent().getFileName().toString())));
    }
}
