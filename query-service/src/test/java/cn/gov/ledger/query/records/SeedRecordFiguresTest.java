package cn.gov.ledger.query.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.gov.ledger.query.support.QueryServiceIntegrationTest;
import cn.gov.ledger.query.support.Users;
import cn.gov.ledger.query.support.WuchangRecords;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The seed year's figures of sections 九 to 十三 and of the 附件 headers, as published, from the ledger and the
 * seed's records (pinned to the seed's position: another test may add later records).
 */
class SeedRecordFiguresTest extends QueryServiceIntegrationTest {

    static final String YEAR = "/api/v1/departments/wcjgsw/years/2024";
    private static final ObjectMapper JSON = new ObjectMapper();

    private String seed;

    @BeforeAll
    void load() throws Exception {
        long position = WuchangRecords.load(events());
        awaitProjected(position);
        seed = String.valueOf(position);
    }

    @Test
    void procurementTotalsAndSharesAreThoseOfSection11() throws Exception {
        JsonNode p = json(get(YEAR + "/procurement").param("position", seed));
        assertThat(p.get("total").asText()).isEqualTo("1925.61");
        assertThat(List.of(p.at("/categories/0/amount").asText(), p.at("/categories/1/amount").asText(),
                p.at("/categories/2/amount").asText())).containsExactly("81.58", "527.70", "1316.33");
        assertThat(List.of(p.get("sme").asText(), p.get("smeShare").asText(), p.get("smallMicro").asText(),
                p.get("smallMicroShare").asText())).containsExactly("1537.52", "79.8%", "120.00", "7.8%");
        assertThat(List.of(p.at("/categories/0/smeShare").asText(), p.at("/categories/1/smeShare").asText(),
                p.at("/categories/2/smeShare").asText())).containsExactly("0.0%", "89.5%", "80.9%");
        assertThat(p.get("contracts")).hasSize(16);
        assertThat(p.at("/contracts/0/entered/author").asText()).isEqualTo("clerk-test");
        assertThat(p.at("/contracts/0/entered/recordedAt").asText()).isNotEmpty();
    }

    @Test
    void operatingCostsOfAPublicInstitutionAreNilAndSaySo() throws Exception {
        JsonNode costs = json(get(YEAR + "/operating-costs").param("position", seed));
        assertThat(costs.at("/amount/amount").asText()).isEqualTo("0.00");
        assertThat(costs.at("/units/0/unitTypeLabel").asText()).isEqualTo("事业单位");
        assertThat(costs.at("/units/0/counted").asBoolean()).isFalse();
        assertThat(costs.get("explanation").asText()).contains("行政单位和参照公务员法管理的事业单位", "故机关运行经费为0");
        assertThat(json(get(URI.create(costs.at("/amount/entries").asText()))).get("count").asInt()).isZero();
    }

    @Test
    void countsAreThoseOfSections9And12WithTheirAuthors() throws Exception {
        JsonNode stats = json(get(YEAR + "/statistics").param("position", seed));
        Map<String, Long> counts = new HashMap<>();
        stats.get("counts").forEach(c -> counts.put(c.get("kind").asText(), c.get("value").asLong()));
        assertThat(counts).containsEntry("VEHICLES_ON_FISCAL_BOOKS", 57L).containsEntry("VEHICLES_BY_USE.EMERGENCY", 19L)
                .containsEntry("VEHICLES_BY_USE.LAW_ENFORCEMENT", 24L).containsEntry("EQUIPMENT_OVER_1M", 0L)
                .containsEntry("DELEGATIONS_ABROAD", 0L).containsEntry("RECEPTION_PEOPLE", 0L).hasSize(19);
        assertThat(stats.get("vehiclesByUse").asLong()).isEqualTo(48);
        stats.get("counts").forEach(c -> assertThat(c.at("/entered/author").asText()).isEqualTo("clerk-test"));
    }

    @Test
    void projectsAndTheDepartmentHaveTheirPublishedBudgetAndExecution() throws Exception {
        JsonNode p = json(get(YEAR + "/performance").param("position", seed));
        Map<String, List<String>> projects = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (JsonNode project : p.get("projects")) {
            JsonNode e = project.get("execution");
            order.add(project.get("name").asText());
            projects.put(project.get("name").asText(), List.of(e.at("/budget/amount").asText(),
                    e.at("/executed/amount").asText(), e.get("rate").asText(), e.get("retained").asText(),
                    e.get("fromYear").asText()));
        }
        assertThat(order).containsExactly("机关事务运行经费", "其他工作经费", "荆南街办公区房屋装修及配套设施建设",
                "中南法庭过渡办公点整修改造", "重大节日慰问经费");
        assertThat(projects.get("机关事务运行经费")).containsExactly("2016.87", "1888.17", "93.62%", "128.70", "2024");
        assertThat(projects.get("其他工作经费")).containsExactly("825.41", "754.25", "91.38%", "71.16", "2024");
        assertThat(projects.get("荆南街办公区房屋装修及配套设施建设")).containsExactly("1223.00", "1177.00", "96.24%", "46.00",
                "2023");
        assertThat(projects.get("中南法庭过渡办公点整修改造")).containsExactly("510.18", "379.90", "74.46%", "130.28", "2023");
        assertThat(projects.get("重大节日慰问经费")).containsExactly("0.80", "0.80", "100.00%", "0.00", "2024");
        JsonNode whole = p.at("/selfEvaluations/0");
        assertThat(whole.get("project").isNull()).isTrue();
        assertThat(List.of(whole.at("/execution/budget/amount").asText(), whole.at("/execution/executed/amount").asText(),
                whole.at("/execution/rate").asText(), whole.at("/basicExpenditure/amount").asText(),
                whole.at("/projectExpenditure/amount").asText()))
                .containsExactly("4610.61", "4368.79", "94.76%", "1673.74", "2695.05");
        List<Integer> rows = new ArrayList<>();
        p.get("selfEvaluations").forEach(table -> rows.add(table.get("indicators").size()));
        assertThat(rows).containsExactly(37, 32, 24, 6, 6);
        assertThat(whole.get("reportedOn").asText()).isEqualTo("2025-04-23");
    }

    @Test
    void aLedgerFigureListsTheEntriesThatSumToIt() throws Exception {
        JsonNode p = json(get(YEAR + "/performance").param("position", seed));
        JsonNode jingnan = p.at("/projects/2/execution");
        JsonNode budget = json(get(URI.create(jingnan.at("/budget/entries").asText())));
        assertThat(budget.get("total").asText()).isEqualTo("1223.00");
        assertThat(budget.get("count").asInt()).isEqualTo(3);
        budget.get("entries").forEach(e -> assertThat(e.get("project").asText()).isEqualTo("荆南街办公区房屋装修及配套设施建设"));
        JsonNode paid = json(get(URI.create(jingnan.at("/executed/entries").asText())));
        assertThat(paid.get("total").asText()).isEqualTo("1177.00");
        assertThat(paid.at("/entries/0/actor").asText()).isEqualTo("clerk-test");
        JsonNode spent = json(get(URI.create(p.at("/selfEvaluations/0/execution/executed/entries").asText())));
        assertThat(spent.get("total").asText()).isEqualTo("4368.79");
    }

    JsonNode json(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(Users.as("auditor"))).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return JSON.readTree(response.getContentAsByteArray());
    }
}
