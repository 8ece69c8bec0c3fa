package cn.gov.ledger.query.audit;

import static cn.gov.ledger.query.support.Postings.appropriation;
import static cn.gov.ledger.query.support.Postings.basicLine;
import static cn.gov.ledger.query.support.Postings.expenditure;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.api.budget.ExpenditureRecorded;
import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.api.code.EntryKind;
import cn.gov.ledger.api.entry.EntryReversed;
import cn.gov.ledger.api.organisation.DepartmentRegistered;
import cn.gov.ledger.query.support.QueryServiceIntegrationTest;
import cn.gov.ledger.query.web.Csv;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/** The raw event history pages in global-index order, filters by what the events carry, and exports as CSV. */
class AuditHistoryTest extends QueryServiceIntegrationTest {

    private static final String DEPT = "aud-h";
    private static final Instant MORNING = Instant.parse("2024-05-06T01:00:00Z");
    private static final Instant AFTERNOON = Instant.parse("2024-05-06T07:00:00Z");

    private AuditHttp http;
    private long first;
    private long appropriated;
    private long expenditure;
    private long reversal;

    @BeforeAll
    void post() {
        http = new AuditHttp(mvc);
        AuditEvents events = new AuditEvents(eventStore, jdbc).recordedAt(MORNING);
        Classification line = basicLine(DEPT, "h1", 2024, "2010301");
        first = events.append(DEPT, new DepartmentRegistered(DEPT, "历史测试中心"), "admin", null);
        appropriated = events.append(line.budgetLineId(),
                appropriation("h-a1", line, 9_000_000, LocalDate.of(2024, 1, 2)), "budget-qian", "idem-h-a1");
        ExpenditureRecorded paid = expenditure("h-e1", line, "30201", 1_234_567, LocalDate.of(2024, 5, 6));
        expenditure = events.append(line.budgetLineId(), paid, "clerk-wang", "idem-h-e1");
        reversal = events.recordedAt(AFTERNOON).append(line.budgetLineId(), new EntryReversed("h-r1", "h-e1",
                EntryKind.EXPENDITURE, line.budgetLineId(), paid.classification(), -1_234_567, paid.businessDate(),
                "金额错误"), "auditor-h", "idem-h-r1");
    }

    @Test
    void pagesFollowTheGlobalIndexAndNextLeadsToTheFollowingPage() throws Exception {
        JsonNode page = http.get("/api/v1/audit/events?fromPosition=" + first + "&limit=2");
        assertThat(positions(page)).containsExactly(first, appropriated);
        JsonNode following = http.get("/api/v1/audit/events?fromPosition=" + page.get("next").asLong() + "&limit=2");
        assertThat(positions(following)).containsExactly(expenditure, reversal);
        JsonNode event = following.get("events").get(0);
        assertThat(event.get("type").asText()).isEqualTo("ExpenditureRecorded");
        assertThat(event.get("payloadType").asText()).isEqualTo(ExpenditureRecorded.class.getName());
        assertThat(event.get("actor").asText()).isEqualTo("clerk-wang");
        assertThat(event.get("idempotencyKey").asText()).isEqualTo("idem-h-e1");
        assertThat(event.get("commandId").asText()).startsWith("cmd-");
        assertThat(event.get("payload").get("amountFen").asLong()).isEqualTo(1_234_567);
        assertThat(Instant.parse(event.get("recordedAt").asText())).isEqualTo(MORNING);
        assertThat(event.get("sequence").asLong()).isEqualTo(1);
    }

    @Test
    void filtersSelectByDepartmentEntryCodeActorTypeAndRecordingTime() throws Exception {
        String from = "/api/v1/audit/events?fromPosition=" + first;
        String ours = from + "&department=" + DEPT;
        assertThat(positions(http.get(ours))).containsExactly(first, appropriated, expenditure, reversal);
        assertThat(positions(http.get(from + "&unit=h1"))).containsExactly(appropriated, expenditure, reversal);
        assertThat(positions(http.get(from + "&entryId=h-e1"))).containsExactly(expenditure, reversal);
        assertThat(positions(http.get(ours + "&code=30201"))).containsExactly(expenditure, reversal);
        assertThat(positions(http.get(ours + "&code=201"))).containsExactly(appropriated, expenditure, reversal);
        assertThat(positions(http.get(from + "&actor=auditor-h"))).containsExactly(reversal);
        assertThat(positions(http.get(ours + "&type=EntryReversed"))).containsExactly(reversal);
        assertThat(positions(http.get(ours + "&to=" + MORNING.plusSeconds(60))))
                .containsExactly(first, appropriated, expenditure);
        assertThat(positions(http.get(ours + "&from=" + MORNING.plusSeconds(60)
                + "&to=" + AFTERNOON))).containsExactly(reversal);
    }

    @Test
    void csvHasOneLinePerEventAndTheNextPositionInAHeader() throws Exception {
        MvcResult result = http.raw("/api/v1/audit/events?format=csv&limit=1&fromPosition=" + expenditure);
        assertThat(result.getResponse().getContentType()).startsWith("text/csv");
        assertThat(result.getResponse().getHeader("X-Next-Position")).isEqualTo(String.valueOf(expenditure + 1));
        List<List<String>> csv = Csv.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(csv.get(0)).containsExactly("position", "eventId", "type", "aggregateId", "sequence", "recordedAt",
                "actor", "commandId", "idempotencyKey", "payload");
        assertThat(csv).hasSize(2);
        assertThat(csv.get(1).get(0)).isEqualTo(String.valueOf(expenditure));
        assertThat(csv.get(1).get(8)).isEqualTo("idem-h-e1");
        assertThat(csv.get(1).get(9)).contains("\"amountFen\":1234567");
    }

    @Test
    void theLastPageHasNoNext() throws Exception {
        JsonNode tail = http.get("/api/v1/audit/events?fromPosition=" + reversal + "&department=" + DEPT);
        assertThat(positions(tail)).containsExactly(reversal);
        assertThat(tail.get("next").isNull()).isTrue();
        assertThat(tail.get("scannedTo").asLong()).isGreaterThanOrEqualTo(reversal);
    }

    @Test
    void malformedParametersAreReportedTogether() throws Exception {
        JsonNode problem = http.get("/api/v1/audit/events?limit=0&fromPosition=-1&from=yesterday&code=A1&format=xml",
                422);
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("limit", "fromPosition", "from", "code", "format");
    }

    private static List<Long> positions(JsonNode page) {
        List<Long> positions = new ArrayList<>();
        page.get("events").forEach(event -> positions.add(event.get("position").asLong()));
        return positions;
    }
}
