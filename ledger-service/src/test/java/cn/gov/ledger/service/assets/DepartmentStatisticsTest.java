package cn.gov.ledger.service.assets;

import cn.gov.ledger.api.assets.RecordStatisticCommand;
import cn.gov.ledger.api.assets.StatisticKind;
import cn.gov.ledger.api.assets.StatisticRecorded;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class DepartmentStatisticsTest {

    private static final String ID = DepartmentStatistics.idOf("wcjgsw");
    private static final LocalDate YEAR_END = LocalDate.of(2024, 12, 31);
    private static final StatisticRecorded FIFTY_SIX = new StatisticRecorded("s1", "wcjgsw",
            StatisticKind.VEHICLES_ON_FISCAL_BOOKS, YEAR_END, 56, "初报", null);

    private AggregateTestFixture<DepartmentStatistics> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DepartmentStatistics.class);
    }

    @Test
    void aLaterRecordOfTheSameKindAndDateNamesTheOneItSupersedes() {
        fixture.given(FIFTY_SIX)
                .when(new RecordStatisticCommand(ID, "s2", "wcjgsw", StatisticKind.VEHICLES_ON_FISCAL_BOOKS, YEAR_END,
                        57, "更正"))
                .expectEvents(new StatisticRecorded("s2", "wcjgsw", StatisticKind.VEHICLES_ON_FISCAL_BOOKS, YEAR_END,
                        57, "更正", "s1"));
    }

    @Test
    void anotherDateOrKindSupersedesNothing() {
        fixture.given(FIFTY_SIX)
                .when(new RecordStatisticCommand(ID, "s2", "wcjgsw", StatisticKind.VEHICLES_ON_FISCAL_BOOKS,
                        LocalDate.of(2024, 6, 30), 55, null))
                .expectEvents(new StatisticRecorded("s2", "wcjgsw", StatisticKind.VEHICLES_ON_FISCAL_BOOKS,
                        LocalDate.of(2024, 6, 30), 55, null, null));
        fixture.given(FIFTY_SIX)
                .when(new RecordStatisticCommand(ID, "s3", "wcjgsw", StatisticKind.VEHICLES_EMERGENCY, YEAR_END, 19,
                        null))
                .expectEvents(new StatisticRecorded("s3", "wcjgsw", StatisticKind.VEHICLES_EMERGENCY, YEAR_END, 19,
                        null, null));
    }
}
