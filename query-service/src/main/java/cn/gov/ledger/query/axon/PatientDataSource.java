package cn.gov.ledger.query.axon;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Opens connections for the pool, and while the server refuses them (it is restarting) tries again every
 * {@link #STEP} for up to {@link #PATIENCE}. Hikari's own retry doubles its pause after each refusal, up to five
 * seconds, so a restart of a second or two left the pool empty for up to as long again after the server was
 * back, and the projection and every request with it; here the first connection comes within a step.
 */
final class PatientDataSource extends DelegatingDataSource {

    static final Duration STEP = Duration.ofMillis(50);
    static final Duration PATIENCE = Duration.ofSeconds(5);

    /** Opens one connection; a refusal is worth another try, any other failure is not. */
    @FunctionalInterface
    private interface Opening {
        Connection open() throws SQLException;
    }

    PatientDataSource(DataSource target) {
        super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return patiently(() -> obtainTargetDataSource().getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return patiently(() -> obtainTargetDataSource().getConnection(username, password));
    }

    private static Connection patiently(Opening opening) throws SQLException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try {
                return opening.open();
            } catch (SQLException refused) {
                if (!serverAway(refused) || System.nanoTime() > deadline) {
                    throw refused;
                }
                try {
                    Thread.sleep(STEP.toMillis());
                } catch (InterruptedException stopping) {
                    Thread.currentThread().interrupt();
                    throw refused;
                }
            }
        }
    }

    /** Class 08 is a connection that could not be made; 57P03 a server starting up or shutting down. */
    static boolean serverAway(SQLException failure) {
        String state = failure.getSQLState();
        return state != null && (state.startsWith("08") || state.equals("57P03"));
    }
}
