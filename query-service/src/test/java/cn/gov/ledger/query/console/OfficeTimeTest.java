package cn.gov.ledger.query.console;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.time.LedgerZone;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class OfficeTimeTest {

    @Test
    void printsARecordingInstantInBeijingTimeWhereTheDayHasAlreadyTurned() {
        OfficeTime beijing = new OfficeTime(new LedgerZone(ZoneId.of("Asia/Shanghai")));
        assertThat(beijing.of("2024-12-31T17:00:00.123Z")).isEqualTo("2025-01-01 01:00:00（北京时间）");
        assertThat(beijing.of(Instant.parse("2024-06-30T04:05:06Z"))).isEqualTo("2024-06-30 12:05:06（北京时间）");
        assertThat(beijing.of(null)).isEmpty();
    }

    @Test
    void namesAnotherZoneByItsId() {
        assertThat(new OfficeTime(new LedgerZone(ZoneId.of("UTC"))).of("2024-12-31T17:00:00Z"))
                .isEqualTo("2024-12-31 17:00:00（UTC）");
    }
}
