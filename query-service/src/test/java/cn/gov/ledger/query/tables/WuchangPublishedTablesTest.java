package cn.gov.ledger.query.tables;

import static cn.gov.ledger.query.support.Tables.cell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.gov.ledger.query.support.QueryServiceIntegrationTest;
import cn.gov.ledger.query.support.Users;
import cn.gov.ledger.query.support.WuchangDataset;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The customer's 2024 postings reproduce every printed cell of 公开01–09 (with the two known misprints corrected). */
class WuchangPublishedTablesTest extends QueryServiceIntegrationTest {

    private static final String DEPT = WuchangDataset.DEPARTMENT;

    @BeforeAll
    void loadTheYear() throws Exception {
        awaitProjected(WuchangDataset.load(events()));
    }

    @Test
    void everyPublishedCellOf2024IsReproducedFromTheLedger() throws Exception {
        JsonNode published = new ObjectMapper().readTree(WuchangDataset.DIRECTORY.resolve("published-2024.json").toFile());
        Map<String, String> corrections = new HashMap<>();
        published.get("corrections").forEach(correction -> corrections.put(correction.get("table").asText() + "/"
                + correction.get("key").asText() + "/" + correction.get("column").asText(),
                correction.get("expected").asText()));
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        for (var table : (Iterable<Map.Entry<String, JsonNode>>) published.get("tables")::fields) {
            JsonNode served = tables().get(DEPT, 2024, table.getKey(), "");
            for (JsonNode row : table.getValue()) {
                String side = row.hasNonNull("side") ? row.get("side").asText() : null;
                String key = row.get("key").asText();
                for (var printed : (Iterable<Map.Entry<String, JsonNode>>) row.get("cells")::fields) {
                    String where = table.getKey() + "/" + key + "/" + printed.getKey();
                    String expected = corrections.getOrDefault(where, printed.getValue().asText());
                    String actual = cell(served, side, key, printed.getKey());
                    compared++;
                    if (!expected.equals(actual)) {
                        mismatches.add(where + (side == null ? "" : " (" + side + ")") + ": published " + expected
                                + ", ledger " + actual);
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(compared).isEqualTo(696);
    }

    @Test
    void everyRowCarriesEveryColumnKeyAndTheHeaderOfTheContract() throws Exception {
        for (String number : List.of("01", "02", "03", "04", "05", "06", "07", "08", "09")) {
            JsonNode table = tables().get(DEPT, 2024, number, "");
            assertThat(table.get("table").asText()).isEqualTo(number);
            assertThat(table.get("departmentName").asText()).isEqualTo("武昌区机关事务服务中心");
            assertThat(table.get("currencyUnit").asText()).isEqualTo("万元");
            assertThat(table.get("fiscalYear").asInt()).isEqualTo(2024);
            List<String> columns = new ArrayList<>();
            table.get("columns").forEach(column -> columns.add(column.get("key").asText()));
            for (JsonNode row : table.get("rows")) {
                List<String> keys = new ArrayList<>();
                row.get("cells").fieldNames().forEachRemaining(keys::add);
                assertThat(keys).as("table %s row %s", number, row.get("key")).isEqualTo(columns);
            }
        }
        assertThat(tables().get(DEPT, 2024, "05", "").get("title").asText()).isEqualTo("一般公共预算财政拨款支出决算表");
    }

    @Test
    void namesComeFromTheCatalogueInForceForTheYear() throws Exception {
        JsonNode table = tables().get(DEPT, 2024, "02", "");
        JsonNode row = null;
        for (JsonNode candidate : table.get("rows")) {
            row = candidate.get("key").asText().equals("2010399") ? candidate : row;
        }
        assertThat(row).isNotNull();
        assertThat(row.get("name").asText()).isEqualTo("其他政府办公厅（室）及相关机构事务支出");
        assertThat(row.get("level").asInt()).isEqualTo(3);
        assertThat(cell(tables().get(DEPT, 2024, "06", ""), "30108", "amount")).isEqualTo("64.78");
    }

    @Test
    void csvHasTheKeyCodeNameHeaderAndOneLinePerRow() throws Exception {
        var response = mvc.perform(get("/api/v1/departments/" + DEPT + "/years/2024/tables/05").param("format", "csv")
                .with(Users.as("clerk")))
                .andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("text/csv");
        String text = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        String[] lines = text.substring(1).split("\r\n");
        assertThat(lines[0]).isEqualTo("key,code,name,total,basic,project");
        assertThat(lines[1]).isEqualTo("total,,合计,4368.79,1673.74,2695.05");
        assertThat(lines).contains("201,201,一般公共服务支出,4004.94,1309.89,2695.05");
        assertThat(lines).hasSize(tables().get(DEPT, 2024, "05", "").get("rows").size() + 1);
    }
}
