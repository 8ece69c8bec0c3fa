package cn.gov.ledger.query.publication;

import static cn.gov.ledger.query.support.Postings.expenditure;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.api.budget.ExpenditureRecorded;
import cn.gov.ledger.api.code.EntryKind;
import cn.gov.ledger.api.entry.EntryReversed;
import cn.gov.ledger.query.support.LedgerEvents;
import cn.gov.ledger.query.support.QueryServiceIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * After a publication, corrections posted with business dates in the year are restatements: exactly the
 * cells whose printed figure the ledger now gives differently, each with the entries that made it differ.
 */
class RestatementTest extends QueryServiceIntegrationTest {

    private static final String DEPT = "pub-rs";

    @Test
    void eachCellTheCorrectionsChangedIsListedWithThem() throws Exception {
        PublicationHttp http = new PublicationHttp(mvc);
        LedgerEvents events = events();
        PublicationHttp.awaitSettled(progress, SmallYear.post(events, DEPT));
        JsonNode publication = http.publish(DEPT, null, "publisher", 201);
        String self = PublicationHttp.publications(DEPT) + "/" + publication.get("id").asLong();
        http.json(self + "/restatements", 401);
        http.jsonAs("clerk", self + "/restatements", 403);
        assertThat(http.jsonAs("publisher", self + "/restatements", 200).get("summary").get("changedCells").asInt())
                .isZero();

        var line = SmallYear.administration(DEPT);
        ExpenditureRecorded late = expenditure(DEPT + "-e3", line, "30201", 12 * SmallYear.WAN,
                LocalDate.of(2024, 12, 20));
        events.append(line.budgetLineId(), late);
        ExpenditureRecorded wrong = expenditure(DEPT + "-e1", line, "30201", 30 * SmallYear.WAN,
                LocalDate.of(2024, 4, 2));
        long last = events.append(line.budgetLineId(), new EntryReversed(DEPT + "-r1", DEPT + "-e1",
                EntryKind.EXPENDITURE, line.budgetLineId(), wrong.classification(), -wrong.amountFen(),
                wrong.businessDate(), "重复支付"));
        awaitProjected(last);

        JsonNode restated = http.jsonAs("auditor", self + "/restatements", 200);
        Map<String, String[]> expected = new LinkedHashMap<>();
        for (JsonNode table : publication.get("tables")) {
            String number = table.get("table").asText();
            JsonNode frozen = http.json(self + "/tables/" + number, 200);
            differences(number, frozen, tables().get(DEPT, 2024, number, ""), expected);
        }
        assertThat(expected).as("the corrections change some printed cells").containsKey("03::total/total");
        Map<String, JsonNode> listed = new LinkedHashMap<>();
        restated.get("restatements").forEach(cell -> listed.put(key(cell.get("table").asText(),
                cell.path("side").asText(""), cell.get("rowKey").asText(), cell.get("columnKey").asText()), cell));
        assertThat(listed.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (Map.Entry<String, JsonNode> entry : listed.entrySet()) {
            JsonNode cell = entry.getValue();
            assertThat(cell.get("published").asText()).as(entry.getKey()).isEqualTo(expected.get(entry.getKey())[0]);
            assertThat(cell.get("current").asText()).as(entry.getKey()).isEqualTo(expected.get(entry.getKey())[1]);
            assertThat(cell.get("differenceFen").asLong())
                    .isEqualTo(cell.get("currentFen").asLong() - cell.get("publishedFen").asLong());
            long sum = 0;
            List<String> ids = new ArrayList<>();
            for (JsonNode named : cell.get("entries")) {
                ids.add(named.get("entryId").asText());
                sum += named.get("contributionFen").asLong();
            }
            assertThat(ids).as(entry.getKey()).isSubsetOf(DEPT + "-e3", DEPT + "-r1").isNotEmpty();
            assertThat(sum).as(entry.getKey()).isEqualTo(cell.get("differenceFen").asLong());
        }
        assertThat(listed.get("03::total/total").get("differenceFen").asLong()).isEqualTo(-18 * SmallYear.WAN);
        assertThat(restated.get("summary").get("changedCells").asInt()).isEqualTo(listed.size());
        assertThat(restated.get("summary").get("tablesAffected")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(listed.values().stream().map(cell -> cell.get("table").asText())
                        .distinct().toList());
        assertThat(restated.get("published").get("position").asLong()).isEqualTo(publication.get("position").asLong());
    }

    /** Adds every cell printed differently in the two versions of a table, as [published, now]. */
    private static void differences(String table, JsonNode frozen, JsonNode now, Map<String, String[]> into) {
        Map<String, String> before = cells(table, frozen);
        Map<String, String> after = cells(table, now);
        for (String key : union(before, after)) {
            String was = before.getOrDefault(key, "0.00");
            String is = after.getOrDefault(key, "0.00");
            if (!was.equals(is)) {
                into.put(key, new String[] {was, is});
            }
        }
    }

    private static List<String> union(Map<String, String> a, Map<String, String> b) {
        List<String> keys = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(key -> !a.containsKey(key)).forEach(keys::add);
        return keys;
    }

    private static Map<String, String> cells(String table, JsonNode view) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (JsonNode row : view.get("rows")) {
            row.get("cells").fields().forEachRemaining(cell -> cells.put(key(table, row.path("side").asText(""),
                    row.get("key").asText(), cell.getKey()), cell.getValue().asText()));
        }
        return cells;
    }

    private static String key(String table, String side, String row, String column) {
        return table + ":" + side + ":" + row + "/" + column;
    }
}
