package cn.gov.ledger.query.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.AbstractDataSource;

@Tag("fast")
class PatientDataSourceTest {

    private static final Connection CONNECTION = (Connection) Proxy.newProxyInstance(
            Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> null);

    /** Refuses the first {@code refusals} attempts with the given SQL state, then connects. */
    private static final class Restarting extends AbstractDataSource {
        private final int refusals;
        private final String state;
        final AtomicInteger attempts = new AtomicInteger();

        Restarting(int refusals, String state) {
            this.refusals = refusals;
            this.state = state;
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (attempts.incrementAndGet() <= refusals) {
                throw new SQLException("refused", state);
            }
            return CONNECTION;
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }
    }

    @Test
    void aServerThatRefusesWhileItRestartsIsAskedAgainUntilItAnswers() throws SQLException {
        Restarting server = new Restarting(3, "08001");
        assertThat(new PatientDataSource(server).getConnection()).isSameAs(CONNECTION);
        assertThat(server.attempts).hasValue(4);
        Restarting starting = new Restarting(2, "57P03");
        assertThat(new PatientDataSource(starting).getConnection("u", "p")).isSameAs(CONNECTION);
        assertThat(starting.attempts).hasValue(3);
    }

    @Test
    void anyOtherFailureIsPassedOnAtOnce() {
        Restarting wrongPassword = new Restarting(1, "28P01");
        assertThatThrownBy(() -> new PatientDataSource(wrongPassword).getConnection()).isInstanceOf(SQLException.class)
                .hasMessage("refused");
        assertThat(wrongPassword.attempts).hasValue(1);
    }
}
