package cn.gov.ledger.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** 2024-12-31T17:00Z is already 01:00 on 2025-01-01 in Beijing: the consoles' defaults must say 2025. */
class TodayTest {

    private static final Clock NEW_YEAR_IN_BEIJING = Clock.fixed(Instant.parse("2024-12-31T17:00:00Z"), ZoneOffset.UTC);

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TodayConfiguration.class))
            .withBean(Clock.class, () -> NEW_YEAR_IN_BEIJING);

    @Test
    void todayIsBeijingsDateByDefaultWhateverZoneTheClockRunsIn() {
        context.run(app -> {
            assertThat(app.getBean(LedgerZone.class).zone().getId()).isEqualTo("Asia/Shanghai");
            assertThat(app.getBean(Today.class).date()).isEqualTo(LocalDate.of(2025, 1, 1));
            assertThat(app.getBean(Today.class).year()).isEqualTo(2025);
        });
    }

    @Test
    void theZoneIsASetting() {
        context.withPropertyValues("ledger.zone=UTC").run(app ->
                assertThat(app.getBean(Today.class).date()).isEqualTo(LocalDate.of(2024, 12, 31)));
    }
}
