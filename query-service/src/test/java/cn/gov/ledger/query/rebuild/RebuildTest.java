package cn.gov.ledger.query.rebuild;

import static cn.gov.ledger.query.rebuild.RebuildClient.phase;
import static cn.gov.ledger.query.rebuild.RebuildClient.state;
import static cn.gov.ledger.query.support.Postings.basicLine;
import static cn.gov.ledger.query.support.Postings.expenditure;
import static cn.gov.ledger.query.support.Tables.cell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.gov.ledger.query.projection.ProjectionTables;
import cn.gov.ledger.query.rebuild.ReadSide.Point;
import cn.gov.ledger.query.support.QueryServiceIntegrationTest;
import cn.gov.ledger.query.support.Users;
import cn.gov.ledger.query.support.WuchangDataset;
import cn.gov.ledger.query.support.WuchangRecords;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A rebuild replays the whole event store into a new generation of tables that answers exactly as the
 * old one did, at every business date, recording instant and position; the old tables answer until the
 * switch, and the live processor goes on writing into the new ones after it.
 */
class RebuildTest extends QueryServiceIntegrationTest {

    private RebuildClient rebuilds;
    private ReadSide readSide;
    private List<Point> points;

    @BeforeAll
    void postTheLedger() throws Exception {
        rebuilds = new RebuildClient(mvc);
        readSide = new ReadSide(tables(), jdbc);
        long wuchang = WuchangDataset.load(events());
        long records = WuchangRecords.load(events());
        RebuildLedger ledger = RebuildLedger.post(events());
        awaitProjected(Math.max(records, ledger.last()));
        String dept = RebuildLedger.DEPARTMENT;
        points = List.of(new Point(WuchangDataset.DEPARTMENT, 2024, ""),
                new Point(WuchangDataset.DEPARTMENT, 2024, "asOf=2024-06-30"),
                new Point(WuchangDataset.DEPARTMENT, 2024, "position=" + (wuchang - 300)),
                new Point(WuchangDataset.DEPARTMENT, 2024, "unit=wcjgsw-bj&knownAt=2000-01-01T00:00:00Z"),
                new Point(dept, 2024, ""),
                new Point(dept, 2024, "asOf=2024-03-31"),
                new Point(dept, 2024, "knownAt=" + ledger.betweenExpenditures()),
                new Point(dept, 2024, "position=" + ledger.firstExpenditure() + "&unit=rb-1"),
                new Point(dept, 2025, ""));
    }

    @Test
    void aRebuildAnswersAsTheTablesItReplacesWhichServeUntilTheSwitch() throws Exception {
        Map<String, String> before = readSide.answers(points);
        List<Map<String, Object>> facts = readSide.facts();
        Map<String, List<Map<String, Object>>> reference = readSide.reference();
        Point watched = points.get(4);
        try (TableWatcher watcher = TableWatcher.start(readSide, rebuilds, watched, "03")) {
            long id = rebuilds.started("{\"hold\": true}").get("id").asLong();
            JsonNode ready = rebuilds.await(id, phase("READY"));
            assertThat(ready.get("state").asText()).isEqualTo("RUNNING");
            long head = events().head();
            assertThat(ready.get("eventsDone").asLong()).isEqualTo(head);
            assertThat(ready.get("eventsTotal").asLong()).isEqualTo(head);
            assertThat(ready.get("eventsRead").asLong()).isEqualTo(jdbc.queryForObject(
                    "SELECT count(*) FROM domain_event_entry", Long.class));
            assertThat(ready.get("eventsPerSecond").asDouble()).isPositive();
            assertThat(ready.get("switchedAt").isNull()).isTrue();
            assertThat(rebuilds.get("/current").get("id").asLong()).isEqualTo(id);
            assertThat(prometheus()).contains("ledger_rebuild_running 1.0", "ledger_rebuild_position " + head + ".0");
            assertThat(readSide.shadowTables()).hasSize(ProjectionTables.ALL.size());
            assertThat(readSide.answers(points)).as("the old tables still answer").isEqualTo(before);
            assertThat(watcher.answersWhile("RUNNING")).isNotEmpty();

            assertThat(rebuilds.post("/" + id + "/switch").getStatus()).isEqualTo(202);
            JsonNode switched = rebuilds.await(id, state("SWITCHED"));
            assertThat(Instant.parse(switched.get("switchedAt").asText()))
                    .isAfterOrEqualTo(Instant.parse(switched.get("startedAt").asText()));
            assertThat(watcher.answers()).as("every answer, before, during and after the switch")
                    .containsOnly(readSide.answer(watched, "03"));
        }
        assertThat(readSide.answers(points)).isEqualTo(before);
        assertThat(readSide.facts()).isEqualTo(facts);
        assertThat(readSide.strayFacts()).isZero();
        assertThat(readSide.reference()).isEqualTo(reference);
        assertThat(ReadSide.structure(jdbc)).as("keys, indexes, defaults and sequence as the migrations made them")
                .isEqualTo(FreshSchema.structure());
        assertThat(readSide.shadowTables()).isEmpty();
        assertThat(prometheus()).contains("ledger_rebuild_running 0.0", "ledger_rebuild_replayed_events_total");
    }

    @Test
    void theLiveProcessorGoesOnWritingIntoTheRebuiltTables() throws Exception {
        long id = rebuilds.started(null).get("id").asLong();
        rebuilds.await(id, state("SWITCHED"));
        long posted = events().append("rb-after", expenditure("rb-after", basicLine(RebuildLedger.DEPARTMENT,
                "rb-1", 2024, "2010301"), "30201", 1_000_000, LocalDate.of(2024, 11, 1)));
        awaitProjected(posted);
        assertThat(cell(tables().get(RebuildLedger.DEPARTMENT, 2024, "03", "position=" + posted), "total", "total"))
                .isEqualTo(RebuildLedger.EXPENDITURE_TOTAL_AFTER_ONE_MORE_WAN);
    }

    @Test
    void aSecondRebuildIsRefusedWhileOneRunsAndACancelledOneChangesNothing() throws Exception {
        Map<String, String> before = readSide.answers(points);
        long first = rebuilds.started("{\"hold\": true}").get("id").asLong();
        MockHttpServletResponse refused = rebuilds.start(null);
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
        JsonNode problem = new ObjectMapper().readTree(refused.getContentAsByteArray());
        assertThat(problem.get("status").asInt()).isEqualTo(409);
        assertThat(problem.get("type").asText()).endsWith("/conflict");
        assertThat(problem.get("detail").asText()).contains("rebuild " + first + " is still running");

        assertThat(rebuilds.post("/" + first + "/cancel").getStatus()).isEqualTo(202);
        JsonNode cancelled = rebuilds.await(first, state("CANCELLED"));
        assertThat(cancelled.get("finishedAt").isNull()).isFalse();
        assertThat(readSide.shadowTables()).isEmpty();
        assertThat(readSide.answers(points)).isEqualTo(before);
        assertThat(rebuilds.post("/" + first + "/switch").getStatus()).isEqualTo(409);

        long second = rebuilds.started(null).get("id").asLong();
        assertThat(second).isGreaterThan(first);
        rebuilds.await(second, state("SWITCHED"));
        assertThat(rebuilds.get("/" + first).get("state").asText()).isEqualTo("CANCELLED");
        assertThat(mvc.perform(get(RebuildClient.PATH + "/99999999")
                .with(Users.as("admin"))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    private String prometheus() throws Exception {
        return mvc.perform(get("/actuator/prometheus")
                .with(Users.as("admin"))).andReturn().getResponse().getContentAsString();
    }
}
