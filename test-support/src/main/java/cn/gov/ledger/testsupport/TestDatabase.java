package cn.gov.ledger.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
    /** Set (to anything) to keep the databases a test run created, e.g. to look into a failure. */
    public static final String KEEP_ENV = "LEDGER_TEST_KEEP_DATABASES";

    private static PostgreSQLContainer<?> container;
    private static final Map<String, String> SHARED = new HashMap<>();
    private static final List<String> CREATED = new ArrayList<>();

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
        String name = "t_" + purpose.toLowerCase().replaceAll("[^a-z0-9]", "_") + "_"
                + UUID.randomUUID().toString().substring(0, 8);
        try (Connection connection = DriverManager.getConnection(admin);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database on " + admin, e);
        }
        if (CREATED.isEmpty() && System.getenv(KEEP_ENV) == null) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> dropCreated(admin), "drop-test-databases"));
        }
        CREATED.add(name);
        return withDatabase(admin, name);
    }

    /**
     * Drops what this JVM created when it exits. FORCE ends the connections that Spring contexts still
     * hold: their own shutdown hooks run concurrently with this one, in no defined order. A server that is
     * full ("too many clients") gets a few more tries while those contexts let go of their pools.
     */
    private static synchronized void dropCreated(String admin) {
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = DriverManager.getConnection(admin);
                 Statement statement = connection.createStatement()) {
                for (String name : CREATED) {
                    statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                }
                return;
            } catch (SQLException e) {
                if (attempt == 5) {
                    System.err.println("could not drop the test databases " + CREATED + ": " + e.getMessage());
                    return;
                }
            }
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
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
