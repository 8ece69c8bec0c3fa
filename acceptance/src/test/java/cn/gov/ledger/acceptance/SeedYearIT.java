package cn.gov.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
        Http.Answer answer = Http.get("auditor", seed.services().queryUrl + "/api/v1/departments/wcjgsw/years/2024/tables/"
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

    @Test
    void theRestOfTheReportAndItsAttachmentsCarryThePublishedFigures() {
        String year = seed.services().queryUrl + "/api/v1/departments/wcjgsw/years/2024";
        String wait = "?minPosition=" + seed.recordsPosition();
        JsonNode procurement = Http.get("auditor", year + "/procurement" + wait).body();
        assertThat(List.of(procurement.path("total").asText(), procurement.path("sme").asText(),
                procurement.path("smeShare").asText(), procurement.path("smallMicroShare").asText()))
                .containsExactly("1925.61", "1537.52", "79.8%", "7.8%");
        JsonNode performance = Http.get("auditor", year + "/performance" + wait).body();
        JsonNode whole = performance.path("selfEvaluations").path(0).path("execution");
        assertThat(List.of(whole.at("/budget/amount").asText(), whole.at("/executed/amount").asText(),
                whole.path("rate").asText())).containsExactly("4610.61", "4368.79", "94.76%");
        assertThat(performance.path("projects").path(2).at("/execution/budget/amount").asText()).isEqualTo("1223.00");
        assertThat(Http.get("auditor", year + "/statistics" + wait).body().path("vehiclesByUse").asLong()).isEqualTo(48);
        String[] report = Http.text("auditor", year + "/report" + wait);
        assertThat(report[0]).isEqualTo("200");
        assertThat(report[1]).contains("机关运行经费支出0.00万元", "政府采购支出总额1,925.61万元", "公务用车保有量为57辆",
                "共有车辆48辆", "完成预算的96.2%", "部门整体绩效自评表", "94.76%");
        assertThat(Http.text("auditor", year + "/performance/self-evaluations?format=xlsx")[0]).isEqualTo("200");
    }

    @Test
    void theReportPrintsTheWrittenExplanationsWhereTheSeedDoes() {
        String[] report = Http.text("auditor", seed.services().queryUrl + "/api/v1/departments/wcjgsw/years/2024/report"
                + "?minPosition=" + seed.recordsPosition());
        assertThat(report[0]).isEqualTo("200");
        assertThat(report[1]).contains(
                "支出决算数小于年初预算数的主要原因：单位人员病休，按政策扣减相关工资待遇。",
                "支出决算数大于年初预算数的主要原因：年中下拨相关医疗补助报销款。",
                "主要原因是2023年度中心项目为办公用房维修",
                "主要是用于机关事业单位基本养老保险缴费支出以及退休人员保障支出。",
                "厉行勤俭节约", "（四）绩效自评结果应用情况", "推动绩效评价结果与预算安排紧密挂钩");
    }

    @Test
    void eachPostingIsRecordedUnderTheSignedInUserAndTheAuditTrailShowsWho() {
        String ledger = seed.services().ledgerUrl;
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

        String trail = seed.services().queryUrl + "/api/v1/audit/events?fromPosition=" + paid.body().path("position").asLong()
                + "&entryId=" + paid.body().path("entryId").asText();
        assertThat(Http.get("clerk", trail).status()).isEqualTo(403);
        Http.Answer events = Http.get("auditor", trail);
        assertThat(events.status()).as(events.body().toString()).isEqualTo(200);
        assertThat(events.body().path("events")).hasSize(1);
        assertThat(events.body().path("events").get(0).path("actor").asText()).isEqualTo("clerk");
        assertThat(Http.get(null, seed.services().queryUrl + "/api/v1/departments/people/years/2024/tables/05").status())
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
