package cn.gov.ledger.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * A fresh, empty PostgreSQL database for each test class that asks for one. The server is a Testcontainers
 * PostgreSQL where Docker is available, otherwise the server named by {@value #ENV} (a JDBC URL of any
 * database on it, e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}).
 * Tests that need it are guarded with {@code @EnabledIf("cn.gov.ledger.testsupport.TestDatabase#available")}.
 */
public final class TestDatabase {

    public static final String ENV = "LEDGER_TEST_DATABASE_URL";
    /** Set (to anything) to keep earlier runs' test databases, e.g. to look into a failure. */
    public static final String KEEP_ENV = "LEDGER_TEST_KEEP_DATABASES";

    private static PostgreSQLContainer<?> container;
    private static final Map<String, String> SHARED = new HashMap<>();
    private static final Duration ABANDONED = Duration.ofHours(6);
    private static final Pattern STAMPED = Pattern.compile("t_.*_(\\d{8})_[0-9a-f]{8}");
    private static boolean swept;

    private TestDatabase() {
    }

    public static boolean available() {
        return System.getenv(ENV) != null || DockerClientFactory.instance().isDockerAvailable();
    }

    /**
     * One database per purpose for the whole test JVM: Spring reads a dynamic property more than once, and
     * every read of a creating supplier would otherwise leave another empty database behind.
     */
    public static synchronized String sharedDatabase(String purpose) {
        return SHARED.computeIfAbsent(purpose, TestDatabase::createDatabase);
    }

    /** Creates a new database and returns its JDBC URL (credentials in the URL). */
    public static synchronized String createDatabase(String purpose) {
        String admin = adminUrl();
        if (!swept && System.getenv(KEEP_ENV) == null) {
            sweep(admin);
            swept = true;
        }
        // the creation minute in the name lets a later run tell an abandoned database from one in use
        String name = "t_" + purpose.toLowerCase().replaceAll("[^a-z0-9]", "_") + "_"
                + Instant.now().getEpochSecond() / 60 + "_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection connection = DriverManager.getConnection(admin);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database on " + admin, e);
        }
        return withDatabase(admin, name);
    }

    /**
     * Drops the test databases earlier runs left behind: those created more than {@link #ABANDONED} ago
     * (or unstamped, from before names carried their minute) that nobody is connected to. Done when a run
     * starts rather than when a JVM exits, where it would race the Spring contexts' own shutdown.
     */
    private static void sweep(String admin) {
        long cutoff = Instant.now().minus(ABANDONED).getEpochSecond() / 60;
        try (Connection connection = DriverManager.getConnection(admin);
             Statement statement = connection.createStatement()) {
            List<String> stale = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("SELECT datname FROM pg_database d WHERE datname LIKE 't\\_%'"
                    + " AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.datname = d.datname)")) {
                while (rs.next()) {
                    Matcher stamped = STAMPED.matcher(rs.getString(1));
                    if (!stamped.matches() || Long.parseLong(stamped.group(1)) < cutoff) {
                        stale.add(rs.getString(1));
                    }
                }
            }
            for (String name : stale) {
                statement.execute("DROP DATABASE IF EXISTS " + name);
            }
        } catch (SQLException e) {
            System.err.println("could not sweep old test databases: " + e.getMessage());
        }
    }

    private static String adminUrl() {
        String configured = System.getenv(ENV);
        if (configured != null) {
            return configured;
        }
        if (container == null) {
            container = new PostgreSQLContainer<>("postgres:15-alpine");
            container.start();
        }
        return container.getJdbcUrl() + (container.getJdbcUrl().contains("?") ? "&" : "?")
                + "user=" + container.getUsername() + "&password=" + container.getPassword();
    }

    static String withDatabase(String url, String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String params = query < 0 ? "" : url.substring(query);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + params;
    }
}
