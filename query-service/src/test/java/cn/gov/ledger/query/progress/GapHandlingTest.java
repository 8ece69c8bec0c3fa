package cn.gov.ledger.query.progress;

import static cn.gov.ledger.query.support.Postings.basicLine;
import static cn.gov.ledger.query.support.Postings.expenditure;
import static cn.gov.ledger.query.support.Tables.cell;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.api.AppendLock;
import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.api.organisation.DepartmentRegistered;
import cn.gov.ledger.query.support.LedgerEvents;
import cn.gov.ledger.query.support.QueryServiceIntegrationTest;
import cn.gov.ledger.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A global index drawn by an append still in flight is a gap: the tables do not wait for it, but nothing
 * at or above it is final until the append ends. An append that ends without filling it leaves a hole,
 * which the settled position passes within moments, not after Axon's gap timeout.
 */
class GapHandlingTest extends QueryServiceIntegrationTest {

    private static final String DEPT = "gap";
    private static final Duration PROMPTLY = Duration.ofSeconds(2);

    @Test
    void anEventCommittedLateIntoAGapStillReachesTheTables() throws Exception {
        LedgerEvents events = events();
        Classification line = basicLine(DEPT, "u1", 2024, "2010301");
        events.append(DEPT, new DepartmentRegistered(DEPT, "空洞测试中心"));
        try (Connection appender = jdbc.getDataSource().getConnection()) {
            long taken = drawUnderTheAppendLock(appender);
            long after = events.append(line.budgetLineId(), expenditure("gap-1", line, "30201", 7_000_000,
                    LocalDate.of(2024, 3, 1)));
            awaitProjected(after);
            Thread.sleep(PROMPTLY.toMillis());
            Progress withGap = progress.current();
            assertThat(withGap.processed()).as("an empty index does not hold the tables back").isGreaterThanOrEqualTo(after);
            assertThat(withGap.settled()).as("but nothing at or above it is final while its append runs")
                    .isLessThan(taken);
            assertThat(cell(tables().get(DEPT, 2024, "03", ""), "total", "total")).isEqualTo("7.00");

            try (PreparedStatement late = appender.prepareStatement("""
                    INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier,
                        sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)
                    SELECT ?, 'late-' || event_identifier, aggregate_identifier || '-late', 0, type, time_stamp,
                        payload_type, payload_revision, payload, meta_data
                    FROM domain_event_entry WHERE global_index = ?""")) {
                late.setLong(1, taken);
                late.setLong(2, after);
                late.executeUpdate();
            }
            appender.commit();
            awaitProjected(after);
            assertThat(cell(tables().get(DEPT, 2024, "03", ""), "total", "total")).isEqualTo("14.00");
            assertThat(awaitSettled(after)).isGreaterThanOrEqualTo(after);
        }
    }

    @Test
    void aHoleLeftByARolledBackAppendIsPassedWithinTwoSecondsOfItsEnd() throws Exception {
        Classification line = basicLine(DEPT, "u2", 2024, "2010301");
        long after;
        long taken;
        try (Connection appender = jdbc.getDataSource().getConnection()) {
            taken = drawUnderTheAppendLock(appender);
            after = events().append(line.budgetLineId(), expenditure("gap-2", line, "30201", 1_000,
                    LocalDate.of(2024, 3, 2)));
            awaitProjected(after);
            assertThat(progress.current().settled()).as("the append may still fill it").isLessThan(taken);
            appender.rollback();
        }
        long ended = System.nanoTime();
        long settled = awaitSettled(after);
        System.out.println("GapHandlingTest: settled passed the hole at " + taken + " "
                + (System.nanoTime() - ended) / 1_000_000 + " ms after its append rolled back");
        assertThat(settled).isGreaterThanOrEqualTo(after);
    }

    @Test
    void anIndexDrawnOutsideAnyAppendIsAHoleAtOnce() throws Exception {
        Classification line = basicLine(DEPT, "u3", 2024, "2010301");
        long taken = jdbc.queryForObject("SELECT nextval('domain_event_entry_seq')", Long.class);
        long after = events().append(line.budgetLineId(), expenditure("gap-3", line, "30201", 1_000,
                LocalDate.of(2024, 3, 3)));
        assertThat(awaitSettled(after)).isGreaterThan(taken);
    }

    @Test
    void anAppendInAnotherDatabaseOnTheServerDoesNotHoldAHoleBack() throws Exception {
        Classification line = basicLine(DEPT, "u4", 2024, "2010301");
        try (Connection elsewhere = DriverManager.getConnection(TestDatabase.createDatabase("gap-elsewhere"))) {
            elsewhere.setAutoCommit(false);
            try (PreparedStatement lock = elsewhere.prepareStatement("SELECT pg_advisory_xact_lock_shared(?)")) {
                lock.setLong(1, AppendLock.KEY);
                lock.executeQuery().close();
            }
            long taken = jdbc.queryForObject("SELECT nextval('domain_event_entry_seq')", Long.class);
            long after = events().append(line.budgetLineId(), expenditure("gap-4", line, "30201", 1_000,
                    LocalDate.of(2024, 3, 4)));
            assertThat(awaitSettled(after)).as("the other database's append lock is not this ledger's")
                    .isGreaterThan(taken);
        }
    }

    /** Begins an append as the ledger does: the append lock first, then a global index. */
    private static long drawUnderTheAppendLock(Connection appender) throws SQLException {
        appender.setAutoCommit(false);
        try (PreparedStatement lock = appender.prepareStatement("SELECT pg_advisory_xact_lock_shared(?)")) {
            lock.setLong(1, AppendLock.KEY);
            lock.executeQuery().close();
        }
        try (PreparedStatement draw = appender.prepareStatement("SELECT nextval('domain_event_entry_seq')");
             ResultSet index = draw.executeQuery()) {
            index.next();
            return index.getLong(1);
        }
    }

    private long awaitSettled(long position) throws InterruptedException {
        long deadline = System.nanoTime() + PROMPTLY.toNanos();
        Progress now = progress.current();
        while (now.settled() < position && System.nanoTime() < deadline) {
            Thread.sleep(20);
            now = progress.current();
        }
        return now.settled();
    }
}
