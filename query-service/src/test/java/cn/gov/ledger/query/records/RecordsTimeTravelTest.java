package cn.gov.ledger.query.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.gov.ledger.api.assets.StatisticKind;
import cn.gov.ledger.api.assets.StatisticRecorded;
import cn.gov.ledger.api.performance.IndicatorLevel;
import cn.gov.ledger.api.performance.PerformanceIndicatorRecorded;
import cn.gov.ledger.api.procurement.ProcurementContractWithdrawn;
import cn.gov.ledger.query.support.QueryServiceIntegrationTest;
import cn.gov.ledger.query.support.WuchangRecords;
import cn.gov.ledger.query.support.Users;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Corrections are later records: the figures as known before them are the earlier ones, by recording time and by
 * position. Bad requests are refused by field.
 */
class RecordsTimeTravelTest extends QueryServiceIntegrationTest {

    private static final String YEAR = SeedRecordFiguresTest.YEAR;
    private static final ObjectMapper JSON = new ObjectMapper();

    private long seed;
    private String seedKnownAt;

    @BeforeAll
    void correctTheSeed() throws Exception {
        seed = WuchangRecords.load(events());
        awaitProjected(seed);
        JsonNode before = json(get(YEAR + "/statistics").param("position", String.valueOf(seed)));
        JsonNode vehicles = vehicles(before);
        seedKnownAt = vehicles.at("/entered/recordedAt").asText();
        String evaluation = "seed-evaluation-wcjgsw-2024-荆南街办公区房屋装修及配套设施建设";
        events().append("seed-statistics-wcjgsw", new StatisticRecorded("fix-vehicles", "wcjgsw",
                StatisticKind.VEHICLES_ON_FISCAL_BOOKS, LocalDate.of(2024, 12, 31), 58, "更正",
                vehicles.get("statisticId").asText()));
        events().append("seed-wcjgsw-2024-contract-HW-001", new ProcurementContractWithdrawn(
                "seed-wcjgsw-2024-contract-HW-001", "wcjgsw", "WCJGSW-2024-HW-001", "录入错误"));
        awaitProjected(events().append(evaluation, new PerformanceIndicatorRecorded("fix-indicator", evaluation,
                "wcjgsw", 2024, "荆南街办公区房屋装修及配套设施建设", null, IndicatorLevel.SATISFACTION, "服务对象满意度",
                "工作环境满意度", "100%", "99%", LocalDate.of(2025, 5, 6), "seed-wcjgsw-2024-indicator-3-06")));
    }

    @Test
    void anEarlierKnownAtOrPositionGivesTheEarlierCount() throws Exception {
        assertThat(vehicles(json(get(YEAR + "/statistics"))).get("value").asLong()).isEqualTo(58);
        assertThat(vehicles(json(get(YEAR + "/statistics").param("knownAt", seedKnownAt))).get("value").asLong())
                .isEqualTo(57);
        assertThat(vehicles(json(get(YEAR + "/statistics").param("position", String.valueOf(seed))))
                .get("value").asLong()).isEqualTo(57);
    }

    @Test
    void aWithdrawnContractCountsOnlyBeforeItsWithdrawal() throws Exception {
        assertThat(json(get(YEAR + "/procurement")).get("total").asText()).isEqualTo("1919.61");
        assertThat(json(get(YEAR + "/procurement")).get("contracts")).hasSize(15);
        assertThat(json(get(YEAR + "/procurement").param("knownAt", seedKnownAt)).get("total").asText())
                .isEqualTo("1925.61");
    }

    @Test
    void aCorrectedIndicatorKeepsItsPlaceAndTheEarlierOneIsStillThere() throws Exception {
        JsonNode now = json(get(YEAR + "/performance")).at("/selfEvaluations/3");
        JsonNode then = json(get(YEAR + "/performance").param("knownAt", seedKnownAt)).at("/selfEvaluations/3");
        assertThat(now.get("project").asText()).isEqualTo("荆南街办公区房屋装修及配套设施建设");
        assertThat(now.get("indicators")).hasSize(6);
        assertThat(now.at("/indicators/5/actual").asText()).isEqualTo("99%");
        assertThat(now.at("/indicators/5/supersedes").asText()).isEqualTo("seed-wcjgsw-2024-indicator-3-06");
        assertThat(now.get("reportedOn").asText()).isEqualTo("2025-05-06");
        assertThat(then.at("/indicators/5/actual").asText()).isEqualTo("98%");
    }

    @Test
    void badRequestsAreRefusedByField() throws Exception {
        assertThat(status(get(YEAR + "/figures/nothing/entries"))).isEqualTo(404);
        MockHttpServletResponse missing = mvc.perform(get(YEAR + "/figures/project-budget/entries")
                .param("fromYear", "3000").param("knownAt", "yesterday").with(Users.as("auditor"))).andReturn().getResponse();
        assertThat(missing.getStatus()).isEqualTo(422);
        assertThat(missing.getContentAsString()).contains("\"project\"", "\"fromYear\"", "\"knownAt\"");
        assertThat(status(get("/api/v1/departments/nobody/years/2024/procurement"))).isEqualTo(404);
        assertThat(status(get(YEAR + "/statistics").param("position", "-1"))).isEqualTo(422);
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(Users.as("auditor"))).andReturn().getResponse().getStatus();
    }

    private static JsonNode vehicles(JsonNode statistics) {
        for (JsonNode count : statistics.get("counts")) {
            if (count.get("kind").asText().equals("VEHICLES_ON_FISCAL_BOOKS")) {
                return count;
            }
        }
        throw new AssertionError("no vehicle count in " + statistics);
    }

    private JsonNode json(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(Users.as("auditor"))).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return JSON.readTree(response.getContentAsByteArray());
    }
}
