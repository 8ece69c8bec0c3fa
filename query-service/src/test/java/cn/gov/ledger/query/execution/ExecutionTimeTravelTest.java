package cn.gov.ledger.query.execution;

import static cn.gov.ledger.query.support.Postings.appropriation;
import static cn.gov.ledger.query.support.Postings.basicLine;
import static cn.gov.ledger.query.support.Postings.expenditure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.gov.ledger.api.budget.BudgetAdjusted;
import cn.gov.ledger.api.budget.BudgetAppropriated;
import cn.gov.ledger.api.budget.ExpenditureRecorded;
import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.api.code.EntryKind;
import cn.gov.ledger.api.code.UnitType;
import cn.gov.ledger.api.entry.EntryReversed;
import cn.gov.ledger.api.organisation.DepartmentRegistered;
import cn.gov.ledger.api.organisation.UnitRegistered;
import cn.gov.ledger.query.support.LedgerEvents;
import cn.gov.ledger.query.support.QueryServiceIntegrationTest;
import cn.gov.ledger.query.support.Users;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Execution at three business dates and at a recording instant before an adjustment, with a reversal in between.
 * The expected rows are summed here from the postings this test makes, not by the code under test.
 */
class ExecutionTimeTravelTest extends QueryServiceIntegrationTest {

    static final String DEPT = "extt";
    private static final Instant BASE = Instant.parse("2025-01-10T08:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What this test posted: budget (true) or spending, 项 code, line, fen, business date, recorded at. */
    private record Posted(boolean budget, String code, String lineId, long fen, LocalDate date, Instant at) {
    }

    private final List<Posted> posted = new ArrayList<>();
    private Classification admin;
    private Classification pension;

    @BeforeAll
    void postAYear() {
        LedgerEvents events = events();
        admin = basicLine(DEPT, "extt-1", 2024, "2010301");
        pension = basicLine(DEPT, "extt-1", 2024, "2080505");
        events.append(DEPT, new DepartmentRegistered(DEPT, "执行进度测试中心"), BASE);
        events.append(DEPT, new UnitRegistered(DEPT, "extt-1", "本级", UnitType.PUBLIC_INSTITUTION), BASE);
        budget(events, admin, appropriation("x-a1", admin, 100_000_000, date(1, 2)), BASE);
        budget(events, pension, appropriation("x-a2", pension, 20_000_000, date(1, 2)), BASE);
        ExpenditureRecorded first = spend(events, admin, "x-e1", 30_000_000, date(3, 10), hours(1));
        spend(events, pension, "x-e2", 5_000_000, date(4, 1), hours(1));
        budget(events, admin, new BudgetAdjusted("x-j1", admin.budgetLineId(), admin, 20_000_000, date(5, 15),
                "ADJ-1", "年中追加"), hours(3));
        spend(events, admin, "x-e3", 40_000_000, date(8, 20), hours(4));
        events.append(admin.budgetLineId(), new EntryReversed("x-r1", "x-e1", EntryKind.EXPENDITURE,
                admin.budgetLineId(), first.classification(), -30_000_000, date(9, 1), "凭证重复"), hours(5));
        posted.add(new Posted(false, "2010301", admin.budgetLineId(), -30_000_000, date(9, 1), hours(5)));
        spend(events, pension, "x-e4", 2_000_033, date(11, 30), hours(5));
        awaitProjected(events.head());
    }

    @Test
    void rowsAtThreeDatesAreTheSumsOfThePostingsDatedByThen() throws Exception {
        for (LocalDate asOf : List.of(date(3, 31), date(6, 30), date(12, 31))) {
            assertRows(json("?asOf=" + asOf, "officer"), asOf, null, BigDecimal.TEN);
        }
    }

    @Test
    void knownAtBeforeTheAdjustmentLeavesItOutAndSoDoesTheLaterReversal() throws Exception {
        Instant before = hours(2);
        JsonNode view = json("?asOf=2024-12-31&threshold=7.5&knownAt=" + before, "auditor");
        assertRows(view, date(12, 31), before, new BigDecimal("7.5"));
        assertThat(row(view, "2010301").get("budget").asText()).isEqualTo("1000000.00");
        assertThat(row(view, "2010301").get("spent").asText()).isEqualTo("300000.00");
    }

    @Test
    void byLineGivesEachLineWithItsFieldsAndTheSameTotal() throws Exception {
        JsonNode view = json("?asOf=2024-12-31&by=line", "officer");
        assertThat(view.get("by").asText()).isEqualTo("line");
        JsonNode line = row(view, admin.budgetLineId());
        assertThat(List.of(line.get("functionalCode").asText(), line.get("source").asText(),
                line.get("expenditureType").asText(), line.get("budget").asText(), line.get("spent").asText()))
                .containsExactly("2010301", "GENERAL_PUBLIC_BUDGET", "BASIC", "1200000.00", "400000.00");
        assertThat(row(view, "total").get("spent").asText())
                .isEqualTo(row(json("?asOf=2024-12-31", "officer"), "total").get("spent").asText());
        assertThat(view.get("rows")).hasSize(3);
    }

    @Test
    void theMonthlyCurveIsCumulativeToEachMonthEndUpToAsOf() throws Exception {
        JsonNode months = json("/monthly?asOf=2024-08-15", "officer").get("months");
        assertThat(months).hasSize(8);
        for (JsonNode month : months) {
            LocalDate through = LocalDate.parse(month.get("through").asText());
            assertThat(through).isEqualTo(month.get("month").asInt() == 8 ? date(8, 15)
                    : date(month.get("month").asInt(), 1).plusMonths(1).minusDays(1));
            long[] expected = expected(through, null).get("total");
            assertThat(month.get("budget").asText()).isEqualTo(yuan(expected[0]));
            assertThat(month.get("spent").asText()).isEqualTo(yuan(expected[1]));
            assertThat(month.get("timeProgress").asText()).isEqualTo(percent(through.getDayOfYear(), 366));
        }
        assertThat(months.get(1).get("spent").asText()).isEqualTo("0.00");
        assertThat(months.get(7).get("spent").asText()).isEqualTo("350000.00");
    }

    @Test
    void aFigureDrillsDownToItsEntriesWithTheReversal() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/console/execution/entries").param("department", DEPT)
                .param("year", "2024").param("asOf", "2024-12-31").param("row", "2010301").param("figure", "spent")
                .with(Users.as("officer"))).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        String html = page.getContentAsString();
        assertThat(html).contains("400,000.00 元", "3 笔", "data-entry=\"x-e1\"", "data-entry=\"x-e3\"",
                "data-entry=\"x-r1\"").doesNotContain("data-entry=\"x-e2\"");
        assertThat(html).as("the slice's instant in the office's time").containsPattern(
                "记录时点 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}（北京时间）");
    }

    private void assertRows(JsonNode view, LocalDate asOf, Instant knownAt, BigDecimal threshold) {
        String timeProgress = percent(asOf.getDayOfYear(), 366);
        assertThat(view.get("timeProgress").asText()).isEqualTo(timeProgress);
        Map<String, long[]> expected = expected(asOf, knownAt);
        List<String> keys = new ArrayList<>();
        view.get("rows").forEach(r -> keys.add(r.get("key").asText()));
        assertThat(keys).as("rows at " + asOf).containsExactlyElementsOf(expected.keySet());
        for (JsonNode r : view.get("rows")) {
            long[] figures = expected.get(r.get("key").asText());
            String rate = figures[0] == 0 ? null : BigDecimal.valueOf(figures[1] * 100)
                    .divide(BigDecimal.valueOf(figures[0]), 1, RoundingMode.HALF_UP).toPlainString();
            assertThat(r.get("budget").asText()).isEqualTo(yuan(figures[0]));
            assertThat(r.get("spent").asText()).isEqualTo(yuan(figures[1]));
            assertThat(r.get("available").asText()).isEqualTo(yuan(figures[0] - figures[1]));
            assertThat(r.get("rate").isNull() ? null : r.get("rate").asText()).isEqualTo(rate);
            if (rate != null) {
                BigDecimal gap = new BigDecimal(rate).subtract(new BigDecimal(timeProgress));
                assertThat(r.get("gap").asText()).isEqualTo(gap.toPlainString());
                assertThat(r.get("lagging").asBoolean()).isEqualTo(gap.compareTo(threshold.negate()) < 0);
            }
        }
    }

    /** total, 类, 款 and 项 in code order → {budget, spent} in fen, from what this test posted. */
    private Map<String, long[]> expected(LocalDate asOf, Instant knownAt) {
        Map<String, long[]> byCode = new TreeMap<>();
        long[] total = new long[2];
        for (Posted p : posted) {
            if (p.date().isAfter(asOf) || knownAt != null && p.at().isAfter(knownAt)) {
                continue;
            }
            int column = p.budget() ? 0 : 1;
            total[column] += p.fen();
            for (String code : List.of(p.code().substring(0, 3), p.code().substring(0, 5), p.code())) {
                byCode.computeIfAbsent(code, c -> new long[2])[column] += p.fen();
            }
        }
        Map<String, long[]> rows = new LinkedHashMap<>();
        rows.put("total", total);
        byCode.forEach((code, figures) -> {
            if (figures[0] != 0 || figures[1] != 0) {
                rows.put(code, figures);
            }
        });
        return rows;
    }

    private void budget(LedgerEvents events, Classification line, BudgetAppropriated event, Instant at) {
        events.append(line.budgetLineId(), event, at);
        posted.add(new Posted(true, line.functionalCode().value(), line.budgetLineId(), event.amountFen(),
                event.businessDate(), at));
    }

    private void budget(LedgerEvents events, Classification line, BudgetAdjusted event, Instant at) {
        events.append(line.budgetLineId(), event, at);
        posted.add(new Posted(true, line.functionalCode().value(), line.budgetLineId(), event.amountFen(),
                event.businessDate(), at));
    }

    private ExpenditureRecorded spend(LedgerEvents events, Classification line, String id, long fen, LocalDate day,
                                      Instant at) {
        ExpenditureRecorded event = expenditure(id, line, "30201", fen, day);
        events.append(line.budgetLineId(), event, at);
        posted.add(new Posted(false, line.functionalCode().value(), line.budgetLineId(), fen, day, at));
        return event;
    }

    private JsonNode json(String query, String user) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/departments/" + DEPT + "/years/2024/execution"
                + query).with(Users.as(user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return JSON.readTree(response.getContentAsByteArray());
    }

    static JsonNode row(JsonNode view, String key) {
        for (JsonNode r : view.get("rows")) {
            if (r.get("key").asText().equals(key)) {
                return r;
            }
        }
        throw new AssertionError("no row " + key + " in " + view);
    }

    private static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    private static String percent(long part, long whole) {
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
                .toPlainString();
    }

    private static LocalDate date(int month, int day) {
        return LocalDate.of(2024, month, day);
    }

    private static Instant hours(int n) {
        return BASE.plusSeconds(3600L * n);
    }
}
