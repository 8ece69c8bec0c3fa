package cn.gov.ledger.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.api.code.Money;
import cn.gov.ledger.query.support.QueryServiceIntegrationTest;
import cn.gov.ledger.query.support.WuchangDataset;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Over the customer's whole 2024 dataset: every non-zero cell of tables 01–09 drills down to entries
 * whose signed sum is the cell exactly, in fen, and rounds to the figure the table prints.
 */
class AuditWuchangCellsTest extends QueryServiceIntegrationTest {

    private static final String DEPT = WuchangDataset.DEPARTMENT;

    private AuditHttp http;

    @BeforeAll
    void loadTheSeedYear() throws Exception {
        http = new AuditHttp(mvc);
        awaitProjected(WuchangDataset.load(events()));
    }

    @Test
    void everyNonZeroCellOfTheNineTablesDrillsDownToEntriesThatSumToIt() throws Exception {
        // 07 and 08 are all zero in the seed year (no government funds, no state capital)
        int drilled = 0;
        for (int number = 1; number <= 9; number++) {
            String table = "0" + number;
            JsonNode served = tables().get(DEPT, 2024, table, "");
            for (JsonNode row : served.get("rows")) {
                String side = row.hasNonNull("side") ? "&side=" + row.get("side").asText() : "";
                for (Map.Entry<String, JsonNode> cell : row.get("cells").properties()) {
                    if (Money.parseWanYuan(cell.getValue().asText()) == 0) {
                        continue;
                    }
                    JsonNode drill = http.get("/api/v1/departments/" + DEPT + "/years/2024/tables/" + table + "/cells/"
                            + URLEncoder.encode(row.get("key").asText(), StandardCharsets.UTF_8) + "/" + cell.getKey()
                            + "?limit=5000&position=" + served.get("position").asLong() + side);
                    String where = "table " + table + " " + row.get("key").asText() + "/" + cell.getKey();
                    assertThat(drill.get("entries").size()).as(where).isEqualTo(drill.get("entryCount").asInt());
                    assertThat(AuditHttp.sumOfContributions(drill)).as(where)
                            .isEqualTo(drill.get("valueFen").asLong());
                    assertThat(Money.toWanYuan(drill.get("valueFen").asLong())).as(where)
                            .isEqualTo(cell.getValue().asText());
                    assertThat(drill.get("position").asLong()).as(where).isEqualTo(served.get("position").asLong());
                    drilled++;
                }
            }
        }
        assertThat(drilled).isGreaterThan(100);
    }
}
