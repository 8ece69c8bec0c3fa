package cn.gov.ledger.query.audit;

import static cn.gov.ledger.query.support.Postings.appropriation;
import static cn.gov.ledger.query.support.Postings.basicLine;
import static cn.gov.ledger.query.support.Postings.expenditure;
import static cn.gov.ledger.query.support.Postings.income;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.api.budget.ExpenditureRecorded;
import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.api.code.EntryKind;
import cn.gov.ledger.api.entry.EntryReversed;
import cn.gov.ledger.api.organisation.DepartmentRegistered;
import cn.gov.ledger.query.support.QueryServiceIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Between two recording instants or positions, every changed cell is listed with the entries that changed it. */
class AuditDiffTest extends QueryServiceIntegrationTest {

    private static final String DEPT = "aud-df";
    private static final String DIFF = "/api/v1/departments/" + DEPT + "/years/2024/tables/";
    private static final Instant BASE = Instant.parse("2025-01-10T08:00:00Z");
    private static final long WAN = 1_000_000;

    private AuditHttp http;
    private long firstPaid;
    private long secondPaid;

    @BeforeAll
    void postAtThreeInstants() {
        http = new AuditHttp(mvc);
        AuditEvents events = new AuditEvents(eventStore, jdbc).recordedAt(BASE);
        Classification line = basicLine(DEPT, "d1", 2024, "2010301");
        events.append(DEPT, new DepartmentRegistered(DEPT, "差异测试中心"), "admin", null);
        events.append(line.budgetLineId(), appropriation("df-a1", line, 100 * WAN, LocalDate.of(2024, 1, 2)),
                "budget", null);
        events.append(DEPT + "-income", income("df-i1", line, 60 * WAN, LocalDate.of(2024, 1, 5)), "clerk", null);
        ExpenditureRecorded first = expenditure("df-e1", line, "30201", 30 * WAN, LocalDate.of(2024, 3, 10));
        firstPaid = events.recordedAt(BASE.plusSeconds(3600)).append(line.budgetLineId(), first, "clerk", "k-e1");
        secondPaid = events.recordedAt(BASE.plusSeconds(7200)).append(line.budgetLineId(),
                expenditure("df-e2", line, "30201", 20 * WAN, LocalDate.of(2024, 9, 15)), "clerk", "k-e2");
        events.recordedAt(BASE.plusSeconds(10800)).append(line.budgetLineId(), new EntryReversed("df-r1", "df-e1",
                EntryKind.EXPENDITURE, line.budgetLineId(), first.classification(), -30 * WAN, first.businessDate(),
                "重复支付"), "auditor", "k-r1");
        long last = events.recordedAt(BASE.plusSeconds(14400)).append(line.budgetLineId(),
                expenditure("df-e3", line, "30201", 1, LocalDate.of(2024, 10, 1)), "clerk", "k-e3");
        awaitProjected(last);
    }

    @Test
    void everyChangedCellListsTheEntriesRecordedInBetweenAndTheySumToTheChange() throws Exception {
        JsonNode diff = http.get(DIFF + "03/diff?fromKnownAt=" + BASE.plusSeconds(5400) + "&toKnownAt="
                + BASE.plusSeconds(12600));
        Map<String, JsonNode> changes = byCell(diff);
        assertThat(changes.keySet()).containsExactlyInAnyOrder("total/total", "total/basic", "201/total", "201/basic",
                "20103/total", "20103/basic", "2010301/total", "2010301/basic");
        JsonNode leaf = changes.get("2010301/basic");
        assertThat(leaf.get("before").asText()).isEqualTo("30.00");
        assertThat(leaf.get("after").asText()).isEqualTo("20.00");
        assertThat(leaf.get("changeFen").asLong()).isEqualTo(-10 * WAN);
        assertThat(entryIds(leaf)).containsExactlyInAnyOrder("df-e2", "df-r1");
        for (JsonNode change : diff.get("changes")) {
            assertThat(AuditHttp.sumOfContributions(change)).as(change.toString())
                    .isEqualTo(change.get("afterFen").asLong() - change.get("beforeFen").asLong());
        }
        assertThat(diff.get("from").get("knownAt").asText()).isEqualTo(BASE.plusSeconds(5400).toString());
    }

    @Test
    void positionsBoundTheComparisonToo() throws Exception {
        JsonNode diff = http.get(DIFF + "03/diff?fromPosition=" + firstPaid + "&toPosition=" + secondPaid);
        JsonNode total = byCell(diff).get("total/total");
        assertThat(total.get("changeFen").asLong()).isEqualTo(20 * WAN);
        assertThat(entryIds(total)).containsExactly("df-e2");
        assertThat(diff.get("to").get("position").asLong()).isEqualTo(secondPaid);
    }

    @Test
    void aDerivedCellChangesByItsTermsWithSigns() throws Exception {
        JsonNode diff = http.get(DIFF + "01/diff?fromPosition=" + firstPaid + "&toPosition=" + secondPaid);
        JsonNode closing = byCell(diff).get("expenditure:closing_balance/amount");
        assertThat(closing.get("changeFen").asLong()).isEqualTo(-20 * WAN);
        assertThat(closing.get("entries").get(0).get("coefficient").asLong()).isEqualTo(-1);
        assertThat(byCell(diff)).doesNotContainKey("income:income_total/amount");
    }

    @Test
    void aChangeTooSmallToPrintIsStillListed() throws Exception {
        JsonNode diff = http.get(DIFF + "03/diff?fromKnownAt=" + BASE.plusSeconds(12600));
        JsonNode total = byCell(diff).get("total/total");
        assertThat(total.get("before").asText()).isEqualTo(total.get("after").asText()).isEqualTo("20.00");
        assertThat(total.get("changeFen").asLong()).isEqualTo(1);
        assertThat(entryIds(total)).containsExactly("df-e3");
    }

    @Test
    void anEndBeforeItsStartOrAMissingStartIsRejected() throws Exception {
        List<String> fields = fields(http.get(DIFF + "03/diff?fromPosition=" + secondPaid + "&toPosition=" + firstPaid,
                422));
        assertThat(fields).containsExactly("fromPosition");
        assertThat(fields(http.get(DIFF + "03/diff?toKnownAt=" + BASE, 422))).contains("fromKnownAt");
        assertThat(fields(http.get(DIFF + "03/diff?fromKnownAt=noon&toPosition=-2", 422)))
                .containsExactlyInAnyOrder("fromKnownAt", "toPosition");
    }

    /** Changes by "rowKey/columnKey", prefixed with "side:" in the two-sided tables. */
    private static Map<String, JsonNode> byCell(JsonNode diff) {
        Map<String, JsonNode> cells = new HashMap<>();
        for (JsonNode change : diff.get("changes")) {
            String side = change.hasNonNull("side") ? change.get("side").asText() + ":" : "";
            cells.put(side + change.get("rowKey").asText() + "/" + change.get("columnKey").asText(), change);
        }
        assertThat(cells).hasSize(diff.get("changedCells").asInt());
        return cells;
    }

    private static List<String> entryIds(JsonNode change) {
        List<String> ids = new ArrayList<>();
        change.get("entries").forEach(entry -> ids.add(entry.get("entryId").asText()));
        return ids;
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }
}
