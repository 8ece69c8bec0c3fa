package cn.gov.ledger.service.performance;

import static cn.gov.ledger.service.LedgerClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.api.performance.IndicatorLevel;
import cn.gov.ledger.api.performance.PerformanceAnalysisRecorded;
import cn.gov.ledger.api.performance.PerformanceIndicatorRecorded;
import cn.gov.ledger.service.LedgerClient.Answer;
import cn.gov.ledger.service.LedgerIntegrationTest;
import cn.gov.ledger.service.StoredEvents.Stored;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Self-evaluation rows and analyses over HTTP: recorded with their author, superseded, refused field by field. */
class PerformanceEndpointTest extends LedgerIntegrationTest {

    private static final String PROJECT = "重大节日慰问经费";

    private String path(String what) {
        return "/api/v1/departments/" + department + "/years/2024/performance/" + what;
    }

    private Map<String, Object> indicator(Object... more) {
        Map<String, Object> fields = body("level1", "OUTPUT", "level2", "数量指标", "level3", "重大节日慰问人数",
                "target", "4", "actual", "4", "reportedOn", "2025-04-23");
        fields.putAll(body(more));
        return fields;
    }

    private void registerProject() {
        assertThat(client.post("/api/v1/departments/" + department + "/projects", body("name", PROJECT,
                "type", "RECURRING", "continuing", true, "category", "DEPARTMENT_BUDGET", "units", List.of(unit),
                "competentDepartment", "武昌区机关事务服务中心")).status()).isEqualTo(201);
    }

    @Test
    void recordsRowsOfTheWholeDepartmentAndOfAProjectWithTheirAuthor() {
        registerProject();
        Answer whole = client.as("officer").post(path("indicators"), indicator("goal", "为服务对象提供有效后勤保障"));
        Answer ofProject = client.as("officer").post(path("indicators"), indicator("project", PROJECT));
        assertThat(whole.status()).as(whole.body().toString()).isEqualTo(201);
        assertThat(ofProject.status()).as(ofProject.body().toString()).isEqualTo(201);
        assertThat(whole.body().path("evaluationId")).isNotEqualTo(ofProject.body().path("evaluationId"));
        List<Stored<PerformanceIndicatorRecorded>> rows = events.of(PerformanceIndicatorRecorded.class, department);
        assertThat(rows).extracting(row -> row.payload().project()).containsExactly(null, PROJECT);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.metaData().path("actor").asText()).isEqualTo("officer");
            assertThat(row.payload().level1()).isEqualTo(IndicatorLevel.OUTPUT);
            assertThat(row.payload().reportedOn()).isEqualTo(LocalDate.of(2025, 4, 23));
        });
    }

    @Test
    void anIndicatorOnAnUnknownProjectIs422OnTheProjectFieldAndRecordsNothing() {
        Answer refused = client.post(path("indicators"), indicator("project", "未登记的项目"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().path("errors").findValuesAsText("field")).containsExactly("project");
        assertThat(events.of(PerformanceIndicatorRecorded.class, department)).isEmpty();
    }

    @Test
    void refusesEveryBadFieldAtOnce() {
        Answer refused = client.post(path("indicators"), indicator("level1", "过程指标", "level3", "",
                "reportedOn", "2023-12-31"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("level1", "level3", "reportedOn");
        assertThat(client.post("/api/v1/departments/" + department + "/years/24/performance/indicators",
                indicator()).body().path("errors").findValuesAsText("field")).containsExactly("year");
        assertThat(events.of(PerformanceIndicatorRecorded.class, department)).isEmpty();
    }

    @Test
    void aTargetFirstAndTheActualLaterMakeTwoRecordsTheSecondSupersedingTheFirst() {
        Map<String, Object> targetOnly = indicator();
        targetOnly.remove("actual");
        targetOnly.remove("reportedOn");
        Answer target = client.post(path("indicators"), targetOnly);
        Answer actual = client.post(path("indicators"), indicator());
        List<PerformanceIndicatorRecorded> rows = events.payloads(PerformanceIndicatorRecorded.class, department);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).actual()).isNull();
        assertThat(rows.get(1).supersedes()).isEqualTo(target.body().path("indicatorId").asText());
        assertThat(rows.get(1).indicatorId()).isEqualTo(actual.body().path("indicatorId").asText());
    }

    @Test
    void recordsAnAnalysisAndALaterOneSupersedesIt() {
        registerProject();
        Answer first = client.as("officer").post(path("analyses"), body("project", PROJECT, "deviationAnalysis", "无",
                "improvements", "草稿"));
        Answer second = client.post(path("analyses"), body("project", PROJECT, "deviationAnalysis", "无",
                "improvements", "认真落实老干部生活待遇", "reportedOn", "2025-04-23"));
        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        List<Stored<PerformanceAnalysisRecorded>> analyses = events.of(PerformanceAnalysisRecorded.class, department);
        assertThat(analyses.get(0).metaData().path("actor").asText()).isEqualTo("officer");
        assertThat(analyses.get(1).payload().supersedes()).isEqualTo(first.body().path("analysisId").asText());
        Answer missing = client.post(path("analyses"), body("project", "未登记的项目", "improvements", "x"));
        assertThat(missing.body().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("project", "deviationAnalysis");
        assertThat(events.of(PerformanceAnalysisRecorded.class, department)).hasSize(2);
    }
}
