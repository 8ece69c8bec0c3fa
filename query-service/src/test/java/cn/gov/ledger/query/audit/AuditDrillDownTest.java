package cn.gov.ledger.query.audit;

import static cn.gov.ledger.query.support.Postings.appropriation;
import static cn.gov.ledger.query.support.Postings.basicLine;
import static cn.gov.ledger.query.support.Postings.expenditure;
import static cn.gov.ledger.query.support.Postings.income;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.api.budget.BudgetAdjusted;
import cn.gov.ledger.api.budget.ExpenditureRecorded;
import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.api.code.EconomicCode;
import cn.gov.ledger.api.code.EntryKind;
import cn.gov.ledger.api.code.UnitType;
import cn.gov.ledger.api.entry.EntryReversed;
import cn.gov.ledger.api.organisation.DepartmentRegistered;
import cn.gov.ledger.api.organisation.UnitRegistered;
import cn.gov.ledger.query.support.QueryServiceIntegrationTest;
import cn.gov.ledger.query.support.Tables;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A cell drills down to entries that add up to it exactly, each with the events that posted or undid it. */
class AuditDrillDownTest extends QueryServiceIntegrationTest {

    private static final String DEPT = "aud-dd";
    private static final String CELLS = "/api/v1/departments/" + DEPT + "/years/2024/tables/";
    private static final long WAN = 1_000_000;

    private AuditHttp http;
    private long firstExpenditure;

    @BeforeAll
    void postAYear() {
        http = new AuditHttp(mvc);
        AuditEvents events = new AuditEvents(eventStore, jdbc);
        Classification line = basicLine(DEPT, "u1", 2024, "2010301");
        Classification vehicles = line.withEconomicCode(EconomicCode.of("30231"));
        events.append(DEPT, new DepartmentRegistered(DEPT, "钻取测试中心"), "admin", null);
        events.append(DEPT, new UnitRegistered(DEPT, "u1", "本级", UnitType.PUBLIC_INSTITUTION), "admin", null);
        events.append(line.budgetLineId(), appropriation("dd-a1", line, 100 * WAN, LocalDate.of(2024, 1, 2)),
                "budget-qian", null);
        events.append(DEPT + "-income", income("dd-i1", line, 80 * WAN, LocalDate.of(2024, 2, 1)), "clerk-wang", null);
        ExpenditureRecorded first = expenditure("dd-e1", line, "30201", 30 * WAN, LocalDate.of(2024, 3, 10));
        firstExpenditure = events.append(line.budgetLineId(), first, "clerk-wang", "idem-dd-e1");
        events.append(line.budgetLineId(), expenditure("dd-e2", line, "30201", 20 * WAN, LocalDate.of(2024, 9, 15)),
                "clerk-li", "idem-dd-e2");
        events.append(line.budgetLineId(), new EntryReversed("dd-r1", "dd-e1", EntryKind.EXPENDITURE,
                line.budgetLineId(), first.classification(), -30 * WAN, first.businessDate(), "凭证重复"),
                "auditor-zhao", "idem-dd-r1");
        events.append(vehicles.budgetLineId(), appropriation("dd-a2", vehicles, 10 * WAN, LocalDate.of(2024, 1, 2)),
                "budget-qian", null);
        events.append(vehicles.budgetLineId(), new BudgetAdjusted("dd-adj1", vehicles.budgetLineId(), vehicles,
                2 * WAN, LocalDate.of(2024, 6, 1), "ADJ-1", "追加公务用车运行维护费"), "budget-qian", "idem-dd-adj1");
        long last = events.append(vehicles.budgetLineId(), expenditure("dd-e3", line, "30231", 5 * WAN,
                LocalDate.of(2024, 7, 1)), "clerk-li", null);
        awaitProjected(last);
    }

    @Test
    void aLeafCellDrillsDownToEntriesThatSumToItExactly() throws Exception {
        JsonNode cell = http.get(CELLS + "03/cells/2010301/basic");
        assertThat(cell.get("value").asText()).isEqualTo("25.00");
        assertThat(cell.get("valueFen").asLong()).isEqualTo(25 * WAN);
        assertThat(cell.get("entriesSumFen").asLong()).isEqualTo(25 * WAN);
        assertThat(AuditHttp.sumOfContributions(cell)).isEqualTo(25 * WAN);
        assertThat(AuditHttp.entries(cell).keySet()).containsExactlyInAnyOrder("dd-e1", "dd-e2", "dd-r1", "dd-e3");
        assertThat(cell.get("value").asText())
                .isEqualTo(Tables.cell(tables().get(DEPT, 2024, "03", ""), "2010301", "basic"));
    }

    @Test
    void eachEntryShowsWhoPostedItWhenWithWhichKeyAndTheReversalThatUndidIt() throws Exception {
        Map<String, JsonNode> entries = AuditHttp.entries(http.get(CELLS + "03/cells/201/total"));
        JsonNode original = entries.get("dd-e1").get("events");
        assertThat(original.get(0).get("role").asText()).isEqualTo("posted");
        assertThat(original.get(0).get("type").asText()).isEqualTo("ExpenditureRecorded");
        assertThat(original.get(0).get("actor").asText()).isEqualTo("clerk-wang");
        assertThat(original.get(0).get("idempotencyKey").asText()).isEqualTo("idem-dd-e1");
        assertThat(original.get(0).get("commandId").asText()).startsWith("cmd-");
        assertThat(original.get(0).get("position").asLong()).isEqualTo(firstExpenditure);
        assertThat(original.get(1).get("role").asText()).isEqualTo("reversed-by");
        assertThat(original.get(1).get("entryId").asText()).isEqualTo("dd-r1");
        assertThat(original.get(1).get("reason").asText()).isEqualTo("凭证重复");
        assertThat(original.get(1).get("actor").asText()).isEqualTo("auditor-zhao");
        JsonNode reversal = entries.get("dd-r1");
        assertThat(reversal.get("reversalOf").asText()).isEqualTo("dd-e1");
        assertThat(reversal.get("contributionFen").asLong()).isEqualTo(-30 * WAN);
        assertThat(reversal.get("events").get(1).get("role").asText()).isEqualTo("reverses");
        assertThat(reversal.get("events").get(1).get("entryId").asText()).isEqualTo("dd-e1");
    }

    @Test
    void aDerivedCellReturnsTheEntriesOfItsTermsWithTheirSigns() throws Exception {
        JsonNode closing = http.get(CELLS + "01/cells/closing_balance/amount?side=expenditure");
        // 年末结转和结余 = income 80 − expenditure (30 + 20 − 30 + 5)
        assertThat(closing.get("value").asText()).isEqualTo("55.00");
        assertThat(closing.get("entriesSumFen").asLong()).isEqualTo(55 * WAN);
        assertThat(AuditHttp.sumOfContributions(closing)).isEqualTo(55 * WAN);
        Map<String, JsonNode> entries = AuditHttp.entries(closing);
        assertThat(entries.get("dd-i1").get("coefficient").asLong()).isEqualTo(1);
        assertThat(entries.get("dd-e2").get("coefficient").asLong()).isEqualTo(-1);
        assertThat(entries.get("dd-e2").get("contributionFen").asLong()).isEqualTo(-20 * WAN);
        assertThat(entries.get("dd-r1").get("contributionFen").asLong()).isEqualTo(30 * WAN);
        assertThat(entries).doesNotContainKey("dd-a1");
    }

    @Test
    void aBudgetCellShowsTheAdjustmentWithItsReason() throws Exception {
        JsonNode budget = http.get(CELLS + "09/cells/total/budget_vehicle_operation");
        assertThat(budget.get("value").asText()).isEqualTo("12.00");
        Map<String, JsonNode> entries = AuditHttp.entries(budget);
        assertThat(entries.keySet()).containsExactlyInAnyOrder("dd-a2", "dd-adj1");
        assertThat(entries.get("dd-adj1").get("events").get(0).get("reason").asText()).isEqualTo("追加公务用车运行维护费");
        assertThat(entries.get("dd-adj1").get("kind").asText()).isEqualTo("ADJUSTMENT");
    }

    @Test
    void theDrillDownReadsTheSameSliceAsTheTable() throws Exception {
        JsonNode atFirst = http.get(CELLS + "03/cells/2010301/basic?position=" + firstExpenditure);
        assertThat(atFirst.get("value").asText()).isEqualTo("30.00");
        assertThat(atFirst.get("position").asLong()).isEqualTo(firstExpenditure);
        JsonNode only = AuditHttp.entries(atFirst).get("dd-e1");
        assertThat(AuditHttp.entries(atFirst)).hasSize(1);
        assertThat(only.get("events").get(1).get("counted").asBoolean()).as("the later reversal is shown, not counted")
                .isFalse();
        JsonNode midYear = http.get(CELLS + "03/cells/2010301/basic?asOf=2024-06-30");
        assertThat(midYear.get("value").asText()).isEqualTo("0.00");
        assertThat(AuditHttp.entries(midYear).keySet()).containsExactlyInAnyOrder("dd-e1", "dd-r1");
    }
}
