package cn.gov.ledger.query.tables;

import static cn.gov.ledger.query.support.Postings.appropriation;
import static cn.gov.ledger.query.support.Postings.basicLine;
import static cn.gov.ledger.query.support.Postings.expenditure;
import static cn.gov.ledger.query.support.Postings.income;
import static cn.gov.ledger.query.support.Tables.cell;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.api.budget.ExpenditureRecorded;
import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.api.code.EntryKind;
import cn.gov.ledger.api.code.UnitType;
import cn.gov.ledger.api.entry.EntryReversed;
import cn.gov.ledger.api.organisation.DepartmentRegistered;
import cn.gov.ledger.api.organisation.UnitRegistered;
import cn.gov.ledger.query.support.LedgerEvents;
import cn.gov.ledger.query.support.QueryServiceIntegrationTest;
import cn.gov.ledger.query.support.Tables;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tables at any business date, recording instant and event position; reversals negate without erasing. */
class TimeTravelTest extends QueryServiceIntegrationTest {

    private static final String DEPT = "tt";
    private static final Instant BASE = Instant.parse("2025-01-10T08:00:00Z");
    private static final long WAN = 1_000_000;

    private Tables tables;
    private long firstExpenditure;
    private long secondExpenditure;
    private long reversal;

    @BeforeAll
    void postAYear() {
        tables = tables();
        LedgerEvents events = events();
        Classification line = basicLine(DEPT, "tt-1", 2024, "2010301");
        events.append(DEPT, new DepartmentRegistered(DEPT, "时间旅行测试中心"), BASE);
        events.append(DEPT, new UnitRegistered(DEPT, "tt-1", "本级", UnitType.PUBLIC_INSTITUTION), BASE);
        events.append(line.budgetLineId(), appropriation("a1", line, 100 * WAN, LocalDate.of(2024, 1, 2)), BASE);
        events.append(DEPT + "-income", income("i1", line, 50 * WAN, LocalDate.of(2024, 2, 1)), BASE);
        ExpenditureRecorded first = expenditure("e1", line, "30201", 30 * WAN, LocalDate.of(2024, 3, 10));
        firstExpenditure = events.append(line.budgetLineId(), first, BASE.plusSeconds(3600));
        secondExpenditure = events.append(line.budgetLineId(),
                expenditure("e2", line, "30201", 20 * WAN, LocalDate.of(2024, 9, 15)), BASE.plusSeconds(7200));
        reversal = events.append(line.budgetLineId(), new EntryReversed("r1", "e1", EntryKind.EXPENDITURE,
                line.budgetLineId(), first.classification(), -30 * WAN, first.businessDate(), "凭证重复"),
                BASE.plusSeconds(10800));
        awaitProjected(reversal);
    }

    @Test
    void aReversalNegatesTheOriginalOfTheSameKindAndTheOriginalStays() throws Exception {
        JsonNode now = tables.get(DEPT, 2024, "03", "");
        assertThat(cell(now, "total", "total")).isEqualTo("20.00");
        assertThat(cell(now, "2010301", "basic")).isEqualTo("20.00");
        assertThat(cell(tables.get(DEPT, 2024, "06", ""), "30201", "amount")).isEqualTo("20.00");
        Integer facts = jdbc.queryForObject("SELECT count(*) FROM query.fact WHERE department = ? AND kind = 'EXPENDITURE'",
                Integer.class, DEPT);
        assertThat(facts).isEqualTo(3);
    }

    @Test
    void asOfMidYearLeavesOutPostingsDatedLater() throws Exception {
        String beforeReversal = "&position=" + secondExpenditure;
        assertThat(cell(tables.get(DEPT, 2024, "03", "asOf=2024-06-30" + beforeReversal), "total", "total"))
                .isEqualTo("30.00");
        assertThat(cell(tables.get(DEPT, 2024, "03", "asOf=2024-06-30"), "total", "total")).isEqualTo("0.00");
        JsonNode january = tables.get(DEPT, 2024, "01", "asOf=2024-01-31");
        assertThat(cell(january, "income", "GENERAL_PUBLIC_BUDGET", "amount")).isEqualTo("0.00");
        assertThat(january.get("asOf").asText()).isEqualTo("2024-01-31");
        assertThat(tables.get(DEPT, 2024, "01", "").get("asOf").asText()).isEqualTo("2024-12-31");
    }

    @Test
    void knownAtShowsOnlyWhatTheLedgerHadRecordedByThen() throws Exception {
        assertThat(cell(tables.get(DEPT, 2024, "03", "knownAt=" + BASE.plusSeconds(5400)), "total", "total"))
                .isEqualTo("30.00");
        assertThat(cell(tables.get(DEPT, 2024, "03", "knownAt=" + BASE.plusSeconds(9000)), "total", "total"))
                .isEqualTo("50.00");
        JsonNode beforeAnything = tables.get(DEPT, 2024, "01", "knownAt=2024-01-01T00:00:00+08:00");
        assertThat(cell(beforeAnything, "income", "grand_total", "amount")).isEqualTo("0.00");
        assertThat(beforeAnything.get("knownAt").asText()).isEqualTo("2023-12-31T16:00:00Z");
    }

    @Test
    void positionShowsTheLedgerAsOfThatEvent() throws Exception {
        JsonNode atFirst = tables.get(DEPT, 2024, "03", "position=" + firstExpenditure);
        assertThat(cell(atFirst, "total", "total")).isEqualTo("30.00");
        assertThat(atFirst.get("position").asLong()).isEqualTo(firstExpenditure);
        assertThat(cell(tables.get(DEPT, 2024, "03", "position=" + secondExpenditure), "total", "total"))
                .isEqualTo("50.00");
        JsonNode latest = tables.get(DEPT, 2024, "03", "");
        assertThat(latest.get("position").asLong()).isGreaterThanOrEqualTo(reversal);
    }
}
