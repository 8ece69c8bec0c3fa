package cn.gov.ledger.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseOutageTest {

    private final DatabaseOutage outage = new DatabaseOutage();

    @Test
    void aDatabaseOutageWrappedInWhateverWasRunningIsRecognisedByItsCause() {
        assertThat(DatabaseOutage.isOutage(new IllegalStateException("command failed",
                new CannotCreateTransactionException("no connection")))).isTrue();
        assertThat(DatabaseOutage.isOutage(new RuntimeException(new SQLTransientConnectionException("pool timeout"))))
                .isTrue();
        assertThat(DatabaseOutage.isOutage(new RuntimeException("axon jdbc",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
        assertThat(DatabaseOutage.isOutage(new SQLException("terminating connection due to administrator command",
                "57P01"))).isTrue();
        assertThat(DatabaseOutage.isOutage(new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed")))).isTrue();
    }

    @Test
    void otherFailuresAreLeftToTheServicesOwnHandlers() {
        assertThat(DatabaseOutage.isOutage(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseOutage.isOutage(new IllegalArgumentException("bad"))).isFalse();
        assertThat(outage.resolveException(new MockHttpServletRequest("POST", "/api/v1/expenditures"),
                new MockHttpServletResponse(), null, new IllegalArgumentException("bad"))).isNull();
    }

    @Test
    void anOutageAnswers503ProblemJsonWithRetryAfter() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThat(outage.resolveException(new MockHttpServletRequest("POST", "/api/v1/expenditures"), response, null,
                new DataAccessResourceFailureException("refused", new SQLException("refused", "08001")))).isNotNull();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("2");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(new ObjectMapper().readTree(response.getContentAsString()).path("type").asText())
                .isEqualTo("/problems/database-unavailable");
    }
}
