package cn.gov.ledger.query.progress;

import static cn.gov.ledger.query.support.Postings.basicLine;
import static cn.gov.ledger.query.support.Postings.expenditure;
import static cn.gov.ledger.query.support.Tables.cell;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.api.organisation.DepartmentRegistered;
import cn.gov.ledger.query.support.LedgerEvents;
import cn.gov.ledger.query.support.QueryServiceIntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A global index taken by a transaction that commits late (or never) is a gap: the tables do not wait
 * for it, but nothing below it is treated as final until it is resolved, so a late event still counts.
 */
class GapHandlingTest extends QueryServiceIntegrationTest {

    private static final String DEPT = "gap";

    @Test
    void anEventCommittedLateIntoAGapStillReachesTheTables() throws Exception {
        LedgerEvents events = events();
        Classification line = basicLine(DEPT, "u1", 2024, "2010301");
        events.append(DEPT, new DepartmentRegistered(DEPT, "空洞测试中心"));
        long taken = jdbc.queryForObject("SELECT nextval('domain_event_entry_seq')", Long.class);
        long after = events.append(line.budgetLineId(), expenditure("gap-1", line, "30201", 7_000_000,
                LocalDate.of(2024, 3, 1)));
        awaitProjected(after);
        Progress withGap = progress.current();
        assertThat(withGap.processed()).as("an empty index does not hold the tables back").isGreaterThanOrEqualTo(after);
        assertThat(withGap.settled()).as("but nothing at or above it is final").isLessThan(taken);
        assertThat(cell(tables().get(DEPT, 2024, "03", ""), "total", "total")).isEqualTo("7.00");

        jdbc.update("""
                INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number,
                    type, time_stamp, payload_type, payload_revision, payload, meta_data)
                SELECT ?, 'late-' || event_identifier, aggregate_identifier || '-late', 0, type, time_stamp,
                    payload_type, payload_revision, payload, meta_data
                FROM domain_event_entry WHERE global_index = ?""", taken, after);
        awaitProjected(after);
        assertThat(cell(tables().get(DEPT, 2024, "03", ""), "total", "total")).isEqualTo("14.00");
        assertThat(progress.current().settled()).isGreaterThanOrEqualTo(after);
    }
}
