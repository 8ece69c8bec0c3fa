package cn.gov.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The customer's 2024 report, rebuilt from postings: the seed dataset goes in through the import endpoint
 * exactly as a finance office would load it, and every printed cell of tables 01–09 comes back out.
 */
@EnabledIf("cn.gov.ledger.testsupport.TestDatabase#available")
@ExtendWith(SeedYear.class)
class SeedYearIT {

    private static SeedYear.Loaded seed;

    @BeforeAll
    static void loadTheSeedYear(SeedYear.Loaded loaded) {
        seed = loaded;
    }

    private static JsonNode table(String nn, String query) {
        Http.Answer answer = Http.get(seed.services().queryUrl + "/api/v1/departments/wcjgsw/years/2024/tables/"
                + nn + "?minPosition=" + seed.importPosition() + (query.isEmpty() ? "" : "&" + query));
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        return answer.body();
    }

    @Test
    void everyPrintedCellOfTables01To09MatchesThePublishedReport() throws Exception {
        JsonNode published = Http.JSON.readTree(Path.of("../datasets/wuchang/published-2024.json").toFile());
        Map<String, String> corrected = new HashMap<>();
        published.path("corrections").forEach(c -> corrected.put(c.path("table").asText() + "/" + c.path("key")
                .asText() + "/" + c.path("column").asText(), c.path("expected").asText()));
        List<String> mismatches = new ArrayList<>();
        int cells = 0;
        for (var tables = published.path("tables").fields(); tables.hasNext(); ) {
            var entry = tables.next();
            JsonNode served = table(entry.getKey(), "");
            for (JsonNode row : entry.getValue()) {
                JsonNode servedRow = findRow(served, row);
                for (var cell = row.path("cells").fields(); cell.hasNext(); ) {
                    var c = cell.next();
                    cells++;
                    String want = corrected.getOrDefault(entry.getKey() + "/" + row.path("key").asText() + "/"
                            + c.getKey(), c.getValue().asText());
                    String got = servedRow == null ? "(no row)" : servedRow.path("cells").path(c.getKey()).asText();
                    if (!want.equals(got)) {
                        mismatches.add(entry.getKey() + " " + row.path("key").asText() + " " + c.getKey()
                                + ": published " + want + ", served " + got);
                    }
                }
            }
        }
        assertThat(cells).isGreaterThan(600);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void anEarlierBusinessDateOrRecordingTimeShowsWhatTheLedgerSaidThen() {
        JsonNode midYear = table("03", "asOf=2024-06-30");
        JsonNode yearEnd = table("03", "");
        JsonNode beforeAnyPosting = table("03", "knownAt=2000-01-01T00:00:00Z");
        assertThat(total(midYear)).isLessThan(total(yearEnd));
        assertThat(total(yearEnd)).isEqualTo(4368.79);
        assertThat(total(beforeAnyPosting)).isZero();
    }

    private static double total(JsonNode table) {
        for (JsonNode row : table.path("rows")) {
            if (row.path("key").asText().equals("total")) {
                return Double.parseDouble(row.path("cells").path("total").asText());
            }
        }
        throw new AssertionError("no total row in " + table);
    }

    private static JsonNode findRow(JsonNode table, JsonNode wanted) {
        for (JsonNode row : table.path("rows")) {
            boolean sameSide = !wanted.has("side") || wanted.path("side").asText().equals(row.path("side").asText());
            if (sameSide && row.path("key").asText().equals(wanted.path("key").asText())) {
                return row;
            }
        }
        return null;
    }
}
