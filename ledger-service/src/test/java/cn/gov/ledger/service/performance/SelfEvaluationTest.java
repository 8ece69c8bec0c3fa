package cn.gov.ledger.service.performance;

import cn.gov.ledger.api.performance.IndicatorLevel;
import cn.gov.ledger.api.performance.PerformanceAnalysisRecorded;
import cn.gov.ledger.api.performance.PerformanceIndicatorRecorded;
import cn.gov.ledger.api.performance.RecordPerformanceAnalysisCommand;
import cn.gov.ledger.api.performance.RecordPerformanceIndicatorCommand;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class SelfEvaluationTest {

    private static final String ID = SelfEvaluation.idOf("wcjgsw", 2024, "重大节日慰问经费");
    private static final LocalDate REPORTED = LocalDate.of(2025, 4, 23);
    private static final PerformanceIndicatorRecorded FIRST = new PerformanceIndicatorRecorded("i1", ID, "wcjgsw",
            2024, "重大节日慰问经费", null, IndicatorLevel.OUTPUT, "数量指标", "重大节日慰问人数", "4", null, null, null);

    private AggregateTestFixture<SelfEvaluation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SelfEvaluation.class);
    }

    @Test
    void theFirstRecordOfARowSupersedesNothing() {
        fixture.givenNoPriorActivity()
                .when(indicator("i1", "数量指标", "重大节日慰问人数", null))
                .expectEvents(FIRST);
    }

    @Test
    void recordingTheSameRowAgainNamesTheRecordItSupersedes() {
        fixture.given(FIRST)
                .when(indicator("i2", "数量指标", "重大节日慰问人数", "4"))
                .expectEvents(new PerformanceIndicatorRecorded("i2", ID, "wcjgsw", 2024, "重大节日慰问经费", null,
                        IndicatorLevel.OUTPUT, "数量指标", "重大节日慰问人数", "4", "4", REPORTED, "i1"));
    }

    @Test
    void anotherRowSupersedesNothing() {
        fixture.given(FIRST)
                .when(indicator("i2", "质量指标", "慰问效果", "较好"))
                .expectEvents(new PerformanceIndicatorRecorded("i2", ID, "wcjgsw", 2024, "重大节日慰问经费", null,
                        IndicatorLevel.OUTPUT, "质量指标", "慰问效果", "4", "较好", REPORTED, null));
    }

    @Test
    void aLaterAnalysisSupersedesTheEarlierOne() {
        fixture.given(new PerformanceAnalysisRecorded("a1", ID, "wcjgsw", 2024, "重大节日慰问经费", "无", "草稿",
                        null, null))
                .when(new RecordPerformanceAnalysisCommand(ID, "a2", "wcjgsw", 2024, "重大节日慰问经费", "无",
                        "认真落实老干部生活待遇", REPORTED))
                .expectEvents(new PerformanceAnalysisRecorded("a2", ID, "wcjgsw", 2024, "重大节日慰问经费", "无",
                        "认真落实老干部生活待遇", REPORTED, "a1"));
    }

    private static RecordPerformanceIndicatorCommand indicator(String id, String level2, String level3,
                                                               String actual) {
        return new RecordPerformanceIndicatorCommand(ID, id, "wcjgsw", 2024, "重大节日慰问经费", null,
                IndicatorLevel.OUTPUT, level2, level3, "4", actual, actual == null ? null : REPORTED);
    }
}
