package cn.gov.ledger.service.batch;

import static cn.gov.ledger.service.LedgerClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.api.budget.ExpenditureRecorded;
import cn.gov.ledger.api.income.IncomeRecorded;
import cn.gov.ledger.service.LedgerClient.Answer;
import cn.gov.ledger.service.LedgerIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/entries/batch}: all or nothing, refusals named by index, roles per entry, one key. */
class BatchPostingTest extends LedgerIntegrationTest {

    private static final String BATCH = "/api/v1/entries/batch";

    private Map<String, Object> appropriation(String amount) {
        return basicLine("type", "APPROPRIATION", "amount", amount, "businessDate", "2024-01-05",
                "documentNo", "WC-2024-APP-1");
    }

    private Map<String, Object> expenditure(String amount) {
        return basicLine("type", "EXPENDITURE", "economicCode", "30201", "amount", amount,
                "businessDate", "2024-03-15", "voucherNo", "记-2024-03-0001", "payee", "某公司");
    }

    private Map<String, Object> income(String amount) {
        Map<String, Object> fields = basicLine("type", "INCOME", "amount", amount, "businessDate", "2024-01-15",
                "documentNo", "拨款-1");
        fields.remove("expenditureType");
        return fields;
    }

    private static Map<String, Object> batch(Object... entries) {
        return body("entries", List.of(entries));
    }

    @Test
    void aBatchPostsEveryEntryInRequestOrderThroughBudgetControl() {
        Answer answer = client.post(BATCH, batch(appropriation("100.00"), expenditure("60.00"), income("500.00"),
                expenditure("40.00")));
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        List<JsonNode> entries = entries(answer);
        assertThat(entries).hasSize(4);
        List<Long> positions = entries.stream().map(e -> e.path("position").asLong()).toList();
        assertThat(positions).isSorted().doesNotHaveDuplicates().allMatch(p -> p > 0);
        assertThat(lineField("budget")).isEqualTo("100.00");
        assertThat(events.payloads(ExpenditureRecorded.class, department)).extracting(ExpenditureRecorded::entryId)
                .containsExactly(entries.get(1).path("entryId").asText(), entries.get(3).path("entryId").asText());
        assertThat(events.payloads(IncomeRecorded.class, department)).hasSize(1);
        assertThat(lineField("spent")).isEqualTo("100.00");
    }

    @Test
    void anOverspendingEntryRefusesTheWholeBatchNamingEveryRefusedIndex() {
        client.post(BATCH, batch(appropriation("100.00")));
        Answer refused = client.post(BATCH, batch(expenditure("60.00"), expenditure("50.00"), income("1.00"),
                expenditure("30.00"), expenditure("20.00")));
        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(indexes(refused)).containsExactly(1, 4);
        assertThat(refused.body().path("errors").get(0).path("type").asText()).isEqualTo("/problems/over-budget");
        assertThat(events.payloads(ExpenditureRecorded.class, department)).isEmpty();
        assertThat(events.payloads(IncomeRecorded.class, department)).isEmpty();
        assertThat(lineField("spent")).isEqualTo("0.00");
        assertThat(client.post(BATCH, batch(expenditure("60.00"), expenditure("40.00"))).status()).isEqualTo(201);
        assertThat(lineField("spent")).isEqualTo("100.00");
    }

    @Test
    void invalidFieldsAreNamedByIndexAndFieldAndNothingIsPosted() {
        Map<String, Object> badAmount = appropriation("12.345");
        Map<String, Object> badCode = expenditure("1.00");
        badCode.put("functionalCode", "20103");
        Map<String, Object> noType = appropriation("1.00");
        noType.remove("type");
        Answer refused = client.post(BATCH, batch(appropriation("100.00"), badAmount, badCode, noType));
        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(422);
        List<String> named = new ArrayList<>();
        refused.body().path("errors").forEach(e -> named.add(e.path("index").asInt() + ":" + e.path("field").asText()));
        assertThat(named).containsExactlyInAnyOrder("1:amount", "2:functionalCode", "3:type");
        assertThat(lines()).isEmpty();
    }

    @Test
    void anEmptyOrOversizedBatchIsRefused() {
        assertThat(client.post(BATCH, batch()).status()).isEqualTo(422);
        List<Object> tooMany = new ArrayList<>();
        for (int i = 0; i <= BatchEntries.MAX_ENTRIES; i++) {
            tooMany.add(appropriation("1.00"));
        }
        Answer refused = client.post(BATCH, body("entries", tooMany));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().path("errors").get(0).path("field").asText()).isEqualTo("entries");
        assertThat(lines()).isEmpty();
    }

    @Test
    void eachEntryNeedsTheRoleOfItsOwnEndpoint() {
        Answer clerks = client.as("clerk").post(BATCH, batch(income("1.00"), appropriation("100.00"),
                expenditure("1.00")));
        assertThat(clerks.status()).as(clerks.body().toString()).isEqualTo(403);
        assertThat(indexes(clerks)).containsExactly(1);
        Answer officers = client.as("officer").post(BATCH, batch(appropriation("100.00"), expenditure("1.00")));
        assertThat(officers.status()).isEqualTo(403);
        assertThat(indexes(officers)).containsExactly(1);
        assertThat(client.as("auditor").post(BATCH, batch(income("1.00"))).status()).isEqualTo(403);
        assertThat(lines()).isEmpty();
        assertThat(events.payloads(IncomeRecorded.class, department)).isEmpty();
        assertThat(client.as("officer").post(BATCH, batch(appropriation("100.00"))).status()).isEqualTo(201);
        assertThat(client.as("clerk").post(BATCH, batch(expenditure("1.00"))).status()).isEqualTo(201);
        assertThat(events.of(ExpenditureRecorded.class, department).get(0).metaData().path("actor").asText())
                .isEqualTo("clerk");
    }

    @Test
    void theIdempotencyKeyCoversTheWholeBatch() {
        client.post(BATCH, batch(appropriation("100.00")));
        String key = "batch-" + department;
        Answer first = client.post(BATCH, batch(expenditure("10.00"), expenditure("20.00")), "Idempotency-Key", key);
        Answer again = client.post(BATCH, batch(expenditure("10.00"), expenditure("20.00")), "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(lineField("spent")).isEqualTo("30.00");
        Answer other = client.post(BATCH, batch(expenditure("10.00")), "Idempotency-Key", key);
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.body().path("type").asText()).isEqualTo("/problems/idempotency-key-reused");
        assertThat(lineField("spent")).isEqualTo("30.00");
    }

    @Test
    void aRefusedBatchLeavesItsKeyFreeForTheCorrectedBatch() {
        String key = "retry-" + department;
        Answer refused = client.post(BATCH, batch(expenditure("10.00")), "Idempotency-Key", key);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(indexes(refused)).containsExactly(0);
        client.post(BATCH, batch(appropriation("100.00")));
        assertThat(client.post(BATCH, batch(expenditure("10.00")), "Idempotency-Key", key).status()).isEqualTo(201);
        assertThat(lineField("spent")).isEqualTo("10.00");
    }

    /**
     * Batches that touch the same two lines in opposite orders take their row locks in opposite orders, and
     * PostgreSQL breaks each such deadlock by failing one of them: the loser is retried, never a 500.
     */
    @Test
    void batchesCrossingTheSameLinesInOppositeOrdersAreAllPosted() throws Exception {
        Map<String, Object> other = appropriation("1000.00");
        other.put("functionalCode", "2010302");
        assertThat(client.post(BATCH, batch(appropriation("1000.00"), other)).status()).isEqualTo(201);
        Map<String, Object> onOther = expenditure("1.00");
        onOther.put("functionalCode", "2010302");
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<Answer>> answers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Object[] crossing = i % 2 == 0 ? new Object[] {expenditure("1.00"), onOther}
                    : new Object[] {onOther, expenditure("1.00")};
            answers.add(clients.submit(() -> client.post(BATCH, batch(crossing))));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Answer> answer : answers) {
            statuses.add(answer.get(60, TimeUnit.SECONDS).status());
        }
        clients.shutdown();
        assertThat(statuses).containsOnly(201);
        assertThat(lines()).extracting(line -> line.path("spent").asText()).containsOnly("40.00");
    }

    private static List<JsonNode> entries(Answer answer) {
        return StreamSupport.stream(answer.body().path("entries").spliterator(), false).toList();
    }

    private static List<Integer> indexes(Answer answer) {
        return StreamSupport.stream(answer.body().path("errors").spliterator(), false)
                .map(e -> e.path("index").asInt()).toList();
    }

    private JsonNode lines() {
        return client.get("/api/v1/budget/lines?department=" + department + "&unit=" + unit + "&fiscalYear=2024")
                .body();
    }

    private String lineField(String name) {
        return lines().get(0).path(name).asText();
    }
}
