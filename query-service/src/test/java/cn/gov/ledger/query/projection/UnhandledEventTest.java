package cn.gov.ledger.query.projection;

import static cn.gov.ledger.query.support.Postings.basicLine;
import static cn.gov.ledger.query.support.Postings.expenditure;
import static cn.gov.ledger.query.support.Tables.cell;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.api.organisation.DepartmentRegistered;
import cn.gov.ledger.query.progress.ProjectionProgress;
import cn.gov.ledger.query.progress.Progress;
import cn.gov.ledger.query.support.EventStoreDatabase;
import cn.gov.ledger.query.support.LedgerEvents;
import cn.gov.ledger.query.support.Projected;
import cn.gov.ledger.query.support.Tables;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An event the projection cannot take in (here a posting whose functional code no longer validates, as a
 * damaged row or one written by a later version would look to this reader) stops the projection where it
 * is. It is never skipped: a table that silently missed a posting would be published as complete.
 * A database of its own, since the stuck processor would hold back every other test's tables.
 */
@SpringBootTest(properties = "ledger.query.projection.wait-timeout=5s")
@AutoConfigureMockMvc
@DirtiesContext
@EnabledIf("cn.gov.ledger.testsupport.TestDatabase#available")
class UnhandledEventTest {

    private static final Supplier<String> DATABASE = EventStoreDatabase.once("unhandled");
    private static final String DEPT = "unhandled";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", DATABASE::get);
        registry.add("spring.datasource.hikari.minimum-idle", () -> "1");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProjectionProgress progress;

    @Test
    void anEventTheProjectionCannotTakeInHoldsTheTablesInsteadOfBeingSkipped() throws Exception {
        LedgerEvents events = new LedgerEvents(eventStore, jdbc);
        Classification line = basicLine(DEPT, "u1", 2024, "2010301");
        events.append(DEPT, new DepartmentRegistered(DEPT, "未处理事件测试中心"));
        long first = events.append(line.budgetLineId(), expenditure("unhandled-1", line, "30201", 100_000,
                LocalDate.of(2024, 3, 1)));
        Projected.await(progress, first);

        Long damaged = jdbc.queryForObject("""
                INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                    time_stamp, payload_type, payload_revision, payload, meta_data)
                SELECT 'damaged-' || event_identifier, aggregate_identifier || '-damaged', 0, type, time_stamp,
                    payload_type, payload_revision,
                    convert_to(replace(convert_from(payload, 'UTF8'), '2010301', '20103XX'), 'UTF8'), meta_data
                FROM domain_event_entry WHERE global_index = ? RETURNING global_index""", Long.class, first);
        long later = events.append(line.budgetLineId(), expenditure("unhandled-2", line, "30201", 200_000,
                LocalDate.of(2024, 3, 2)));
        Thread.sleep(3_000);

        Progress now = progress.current();
        assertThat(later).isGreaterThan(damaged);
        assertThat(now.processed()).as("nothing at or past the damaged event is taken as processed")
                .isLessThan(damaged);
        assertThat(now.settled()).isLessThan(damaged);
        assertThat(cell(new Tables(mvc).get(DEPT, 2024, "03", ""), "total", "total"))
                .as("the later posting is not counted past the one that was not").isEqualTo("0.10");
    }
}
