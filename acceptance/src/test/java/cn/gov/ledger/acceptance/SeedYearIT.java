package cn.gov.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.testsupport.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * The customer's 2024 report, rebuilt from postings: the seed dataset goes in through the import endpoint
 * exactly as a finance office would load it, and every printed cell of tables 01–09 comes back out.
 */
@EnabledIf("cn.gov.ledger.testsupport.TestDatabase#available")
class SeedYearIT {

    private static Services services;
    private static long importPosition;

    @BeforeAll
    static void loadTheSeedYear() throws Exception {
        services = new Services(TestDatabase.createDatabase("acceptance"));
        String ledger = services.ledgerUrl;
        assertThat(Http.post("admin", ledger + "/api/v1/departments", "application/json",
                "{\"code\":\"wcjgsw\",\"name\":\"武昌区机关事务服务中心\"}").status()).isEqualTo(201);
        assertThat(Http.post("admin", ledger + "/api/v1/departments/wcjgsw/units", "application/json",
                "{\"code\":\"wcjgsw-bj\",\"name\":\"武昌区机关事务服务中心(本级)\"}").status()).isEqualTo(201);
        String csv = Files.readString(Path.of("../datasets/wuchang/entries.csv"), StandardCharsets.UTF_8);
        // The seed holds both budgets and postings: the administrator has the roles of both.
        Http.Answer imported = Http.post("admin", ledger + "/api/v1/imports", "text/csv", csv);
        assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);
        importPosition = imported.body().path("position").asLong();
        assertThat(Http.post("officer", ledger + "/api/v1/departments/wcjgsw/units/wcjgsw-bj/years/2023/close",
                "application/json", "").status()).isEqualTo(200);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (services != null) {
            services.close();
        }
    }

    private static JsonNode table(String nn, String query) {
        Http.Answer answer = Http.get("auditor", services.queryUrl + "/api/v1/departments/wcjgsw/years/2024/tables/"
                + nn + "?minPosition=" + importPosition + (query.isEmpty() ? "" : "&" + query));
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

    @Test
    void eachPostingIsRecordedUnderTheSignedInUserAndTheAuditTrailShowsWho() {
        String ledger = services.ledgerUrl;
        String json = "application/json";
        String department = "{\"code\":\"people\",\"name\":\"人员测试\"}";
        assertThat(Arrays.asList(null, "clerk", "admin")).extracting(user -> Http.post(user, ledger
                + "/api/v1/departments", json, department).status()).containsExactly(401, 403, 201);
        assertThat(Http.post("admin", ledger + "/api/v1/departments/people/units", json,
                "{\"code\":\"people-bj\",\"name\":\"人员测试(本级)\"}").status()).isEqualTo(201);
        String line = "\"department\":\"people\",\"unit\":\"people-bj\",\"fiscalYear\":\"2024\","
                + "\"functionalCode\":\"2010301\",\"source\":\"GENERAL_PUBLIC_BUDGET\",\"expenditureType\":\"BASIC\"";
        String appropriation = "{" + line + ",\"amount\":\"1000.00\",\"businessDate\":\"2024-01-05\","
                + "\"documentNo\":\"P-1\"}";
        String expenditure = "{" + line + ",\"economicCode\":\"30201\",\"amount\":\"10.00\","
                + "\"businessDate\":\"2024-03-15\",\"voucherNo\":\"记-1\",\"payee\":\"某公司\"}";
        assertThat(List.of("clerk", "officer")).extracting(user -> Http.post(user, ledger
                + "/api/v1/budget/appropriations", json, appropriation).status()).containsExactly(403, 201);
        Http.Answer paid = Http.post("clerk", ledger + "/api/v1/expenditures", json, expenditure);
        assertThat(paid.status()).as(paid.body().toString()).isEqualTo(201);

        String trail = services.queryUrl + "/api/v1/audit/events?fromPosition=" + paid.body().path("position").asLong()
                + "&entryId=" + paid.body().path("entryId").asText();
        assertThat(Http.get("clerk", trail).status()).isEqualTo(403);
        Http.Answer events = Http.get("auditor", trail);
        assertThat(events.status()).as(events.body().toString()).isEqualTo(200);
        assertThat(events.body().path("events")).hasSize(1);
        assertThat(events.body().path("events").get(0).path("actor").asText()).isEqualTo("clerk");
        assertThat(Http.get(null, services.queryUrl + "/api/v1/departments/people/years/2024/tables/05").status())
                .isEqualTo(401);
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
