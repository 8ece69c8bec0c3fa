package cn.gov.ledger.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Least privilege at run time: Flyway migrates as the owner (spring.flyway.user or spring.flyway.url) while
 * the service connects as a login of its own (spring.datasource.username). After each migration, on the
 * owner's connection, that login is created if missing and given the service's grants. Nothing happens
 * when the login is unset or is the migrating user: then nobody asked for a separate role. Names and
 * passwords go through PostgreSQL's format(%I, %L), never into SQL text by concatenation.
 */
public final class RuntimeLogin implements Callback {

    private final String login;
    private final String password;
    private final List<String> grants;

    /** {@code grants}: format() strings whose {@code %1$I} (or {@code %1$L}) is the login. */
    public RuntimeLogin(String login, String password, List<String> grants) {
        this.login = login;
        this.password = password == null ? "" : password;
        this.grants = List.copyOf(grants);
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            ensure(context.getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set up the runtime login " + login, e);
        }
    }

    @Override
    public String getCallbackName() {
        return "runtime login";
    }

    private void ensure(Connection owner) throws SQLException {
        if (login == null || login.isBlank() || login.equals(text(owner, "SELECT current_user"))) {
            return;
        }
        // Roles are cluster-wide and several instances may start at once (two query services in compose).
        execute(owner, "SELECT pg_advisory_lock(hashtext('ledger runtime login'))");
        try {
            if (text(owner, "SELECT rolname FROM pg_roles WHERE rolname = ?", login) == null) {
                execute(owner, text(owner, "SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', ?::text, ?::text)",
                        login, password));
            }
            for (String grant : grants) {
                execute(owner, text(owner, "SELECT format(?, ?::text)", grant, login));
            }
        } finally {
            execute(owner, "SELECT pg_advisory_unlock(hashtext('ledger runtime login'))");
        }
    }

    private static String text(Connection connection, String sql, String... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
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
