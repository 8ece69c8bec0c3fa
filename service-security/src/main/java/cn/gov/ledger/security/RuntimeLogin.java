package cn.gov.ledger.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Least privilege at run time: Flyway migrates as the owner (spring.flyway.user or spring.flyway.url) while
 * the service connects as a login of its own (spring.datasource.username). After each migration, on the
 * owner's connection, that login is created if missing and given the service's grants. Names and
 * passwords go through PostgreSQL's format(%I, %L), never into SQL text by concatenation.
 */
public final class RuntimeLogin {

    private RuntimeLogin() {
    }

    /**
     * Creates {@code login} if missing and runs each grant, a format() string whose {@code %1$I} is the login.
     * Does nothing when the login is unset or is the migrating user: then nobody asked for a separate role.
     */
    public static void ensure(Connection owner, String login, String password, List<String> grants)
            throws SQLException {
        if (login == null || login.isBlank() || login.equals(text(owner, "SELECT current_user", null, null))) {
            return;
        }
        // Roles are cluster-wide and several instances may start at once (two query services in compose).
        execute(owner, "SELECT pg_advisory_lock(hashtext('ledger runtime login'))");
        try {
            if (text(owner, "SELECT rolname FROM pg_roles WHERE rolname = ?", login, null) == null) {
                execute(owner, text(owner, "SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', ?::text, ?::text)",
                        login, password == null ? "" : password));
            }
            for (String grant : grants) {
                execute(owner, text(owner, "SELECT format(?, ?::text)", grant, login));
            }
        } finally {
            execute(owner, "SELECT pg_advisory_unlock(hashtext('ledger runtime login'))");
        }
    }

    private static String text(Connection connection, String sql, String first, String second) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (first != null) {
                statement.setString(1, first);
            }
            if (second != null) {
                statement.setString(2, second);
            }
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
