package cn.gov.ledger.service.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.ledger.service.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger's runtime role may only INSERT and SELECT the event store, the query side's role only SELECT
 * it; the append-only trigger refuses UPDATE, DELETE and TRUNCATE even to the owner.
 */
class LeastPrivilegeTest extends LedgerIntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private PlatformTransactionManager transactions;

    @Test
    void theLedgersRoleMayAppendAndReadTheEventStoreButNeverChangeIt() {
        long position = appropriate("100.00").body().path("position").asLong();
        assertThat(as("ledger_writer", "SELECT count(*) FROM domain_event_entry WHERE global_index = " + position))
                .isEqualTo(1);
        assertThatThrownBy(() -> as("ledger_writer", "UPDATE domain_event_entry SET payload = payload"
                + " WHERE global_index = " + position)).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> as("ledger_writer", "DELETE FROM domain_event_entry WHERE global_index = " + position))
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> as("ledger_writer", "TRUNCATE domain_event_entry CASCADE"))
                .rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void theQuerySidesRoleMayOnlyReadTheEventStore() {
        long position = appropriate("100.00").body().path("position").asLong();
        assertThat(as("ledger_reader", "SELECT count(*) FROM domain_event_entry WHERE global_index = " + position))
                .isEqualTo(1);
        assertThatThrownBy(() -> as("ledger_reader", "INSERT INTO domain_event_entry SELECT * FROM domain_event_entry"
                + " WHERE false")).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> as("ledger_reader", "DELETE FROM domain_event_entry WHERE global_index = " + position))
                .rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void theTriggerRefusesTheOwnerToo() {
        long position = appropriate("100.00").body().path("position").asLong();
        assertThatThrownBy(() -> jdbc.update("DELETE FROM domain_event_entry WHERE global_index = ?", position))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("TRUNCATE domain_event_entry CASCADE")).hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE global_index = ?", Long.class,
                position)).isEqualTo(1);
    }

    /** Runs one statement as the given role, in a transaction of its own that is rolled back. */
    private Long as(String role, String sql) {
        return new TransactionTemplate(transactions).execute(transaction -> {
            transaction.setRollbackOnly();
            jdbc.execute("SET LOCAL ROLE " + role);
            return sql.startsWith("SELECT") ? jdbc.queryForObject(sql, Long.class) : (long) jdbc.update(sql);
        });
    }
}
