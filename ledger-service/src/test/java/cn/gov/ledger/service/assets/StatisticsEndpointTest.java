package cn.gov.ledger.service.assets;

import static cn.gov.ledger.service.LedgerClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.api.assets.StatisticKind;
import cn.gov.ledger.api.assets.StatisticRecorded;
import cn.gov.ledger.service.LedgerClient.Answer;
import cn.gov.ledger.service.LedgerIntegrationTest;
import cn.gov.ledger.service.StoredEvents.Stored;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Counts over HTTP: recorded with their author, superseded with history kept, refused field by field. */
class StatisticsEndpointTest extends LedgerIntegrationTest {

    private String path() {
        return "/api/v1/departments/" + department + "/statistics";
    }

    @Test
    void recordsACountWith201AndItsAuthorOnTheEvent() {
        Answer answer = client.as("officer").post(path(), body("asOf", "2024-12-31", "kind", "VEHICLES_BY_USE.EMERGENCY",
                "value", 19, "note", "应急保障用车"));
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        List<Stored<StatisticRecorded>> recorded = events.of(StatisticRecorded.class, department);
        assertThat(recorded).hasSize(1);
        StatisticRecorded event = recorded.get(0).payload();
        assertThat(event.kind()).isEqualTo(StatisticKind.VEHICLES_EMERGENCY);
        assertThat(event.value()).isEqualTo(19);
        assertThat(event.asOf()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(recorded.get(0).metaData().path("actor").asText()).isEqualTo("officer");
    }

    @ParameterizedTest(name = "{0}={1} is refused")
    @CsvSource(delimiter = '|', value = {"value|-1", "value|1.5", "value|many", "kind|VEHICLES", "kind|''",
            "asOf|2024-02-30", "asOf|''"})
    void refusesABadFieldWith422NamingItAndRecordsNothing(String field, String value) {
        var request = body("asOf", "2024-12-31", "kind", "VEHICLES_ON_FISCAL_BOOKS", "value", "57");
        request.put(field, value);
        Answer refused = client.post(path(), request);
        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().path("errors").findValuesAsText("field")).containsExactly(field);
        assertThat(events.of(StatisticRecorded.class, department)).isEmpty();
    }

    @Test
    void aNegativeCountSentAsANumberIsRefusedToo() {
        Answer refused = client.post(path(), body("asOf", "2024-12-31", "kind", "VEHICLES_ON_FISCAL_BOOKS",
                "value", -57));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().path("errors").findValuesAsText("field")).containsExactly("value");
        assertThat(client.post("/api/v1/departments/no-such-dept/statistics", body("asOf", "2024-12-31",
                "kind", "VEHICLES_ON_FISCAL_BOOKS", "value", 57)).status()).isEqualTo(404);
        assertThat(events.of(StatisticRecorded.class, department)).isEmpty();
    }

    @Test
    void aLaterRecordOfTheSameKindAndDateSupersedesTheEarlierWhichStays() {
        Answer first = client.post(path(), body("asOf", "2024-12-31", "kind", "VEHICLES_ON_FISCAL_BOOKS",
                "value", 56));
        client.post(path(), body("asOf", "2024-12-31", "kind", "VEHICLES_ON_FISCAL_BOOKS", "value", 57,
                "note", "更正：57 辆"));
        client.post(path(), body("asOf", "2023-12-31", "kind", "VEHICLES_ON_FISCAL_BOOKS", "value", 60));
        List<StatisticRecorded> recorded = events.payloads(StatisticRecorded.class, department);
        assertThat(recorded).extracting(StatisticRecorded::value).containsExactly(56L, 57L, 60L);
        assertThat(recorded.get(1).supersedes()).isEqualTo(first.body().path("statisticId").asText());
        assertThat(recorded.get(2).supersedes()).isNull();
    }

    @Test
    void theSameIdempotencyKeyRecordsOnce() {
        var request = body("asOf", "2024-12-31", "kind", "EQUIPMENT_OVER_1M", "value", 0);
        Answer first = client.post(path(), request, "Idempotency-Key", "stat-" + department);
        Answer again = client.post(path(), request, "Idempotency-Key", "stat-" + department);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(events.of(StatisticRecorded.class, department)).hasSize(1);
    }
}
