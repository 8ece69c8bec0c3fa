package cn.gov.ledger.query.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.gov.ledger.query.support.QueryServiceIntegrationTest;
import cn.gov.ledger.query.support.Tables;
import cn.gov.ledger.query.support.Users;
import cn.gov.ledger.query.support.WuchangDataset;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The seed year's execution at 31 December agrees with what exists: the department's and each 项's spending with
 * table 03, and the 机关事务运行经费 project's lines with its 附件 self-evaluation (2,016.87 万元, 1,888.17, 93.6%).
 */
class SeedExecutionTest extends QueryServiceIntegrationTest {

    private static final String YEAR = "/api/v1/departments/wcjgsw/years/2024";
    private static final ObjectMapper JSON = new ObjectMapper();

    private String seed;

    @BeforeAll
    void load() throws Exception {
        long position = WuchangDataset.load(events());
        awaitProjected(position);
        seed = String.valueOf(position);
    }

    @Test
    void spendingOfTheDepartmentAndOfEach项IsTable03() throws Exception {
        JsonNode execution = json(YEAR + "/execution?asOf=2024-12-31&position=" + seed);
        JsonNode table = tables().get("wcjgsw", 2024, "03", "position=" + seed);
        assertThat(wan(ExecutionTimeTravelTest.row(execution, "total").get("spent").asText()))
                .isEqualTo(Tables.cell(table, "total", "total")).isEqualTo("4368.79");
        int items = 0;
        for (JsonNode row : execution.get("rows")) {
            if (row.get("level").asInt() == 3 && !row.get("spent").asText().equals("0.00")) {
                assertThat(wan(row.get("spent").asText())).as(row.get("key").asText())
                        .isEqualTo(Tables.cell(table, row.get("key").asText(), "total"));
                items++;
            }
        }
        assertThat(items).isGreaterThan(10);
    }

    @Test
    void theProjectsLinesSumToItsSelfEvaluationFigures() throws Exception {
        JsonNode lines = json(YEAR + "/execution?asOf=2024-12-31&by=line&position=" + seed);
        long budget = 0;
        long spent = 0;
        int count = 0;
        for (JsonNode row : lines.get("rows")) {
            if ("机关事务运行经费".equals(row.path("project").asText())) {
                budget += new BigDecimal(row.get("budget").asText()).movePointRight(2).longValueExact();
                spent += new BigDecimal(row.get("spent").asText()).movePointRight(2).longValueExact();
                count++;
            }
        }
        assertThat(count).isEqualTo(2);
        assertThat(wan(BigDecimal.valueOf(budget, 2).toPlainString())).isEqualTo("2016.87");
        assertThat(wan(BigDecimal.valueOf(spent, 2).toPlainString())).isEqualTo("1888.17");
        assertThat(BigDecimal.valueOf(spent * 100).divide(BigDecimal.valueOf(budget), 1, RoundingMode.HALF_UP))
                .isEqualByComparingTo("93.6");
    }

    private static String wan(String yuan) {
        return new BigDecimal(yuan).divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP).toPlainString();
    }

    private JsonNode json(String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).with(Users.as("auditor"))).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return JSON.readTree(response.getContentAsByteArray());
    }
}
