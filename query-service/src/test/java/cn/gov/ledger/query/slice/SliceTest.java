package cn.gov.ledger.query.slice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The one rule for a missing knownAt: no recording filter, the position bounds the slice, fixedAt is reported. */
@Tag("fast")
class SliceTest {

    private static final LocalDate JUNE = LocalDate.of(2024, 6, 30);
    private static final Instant KNOWN = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant FIXED = Instant.parse("2025-03-01T12:00:00Z");

    @Test
    void withoutKnownAtNothingIsFilteredByRecordingTime() {
        Slice slice = request(null).fixed("名称", 100, FIXED);

        assertThat(slice.knownAt()).isNull();
        assertThat(slice.recordedMicros()).isEqualTo(Long.MAX_VALUE);
        assertThat(slice.counts(JUNE, Instant.parse("9999-12-31T23:59:59Z"), 100, "u1"))
                .as("recorded whenever, at or below the position").isTrue();
        assertThat(slice.counts(JUNE, KNOWN, 101, "u1")).as("above the position").isFalse();
        assertThat(slice.fixedAt()).as("what the answer reports as its knownAt").isEqualTo(FIXED);
    }

    @Test
    void aKnownAtFiltersByRecordingTimeToTheMicrosecond() {
        Slice slice = request(KNOWN).fixed(null, 100, KNOWN);

        assertThat(slice.recordedMicros()).isEqualTo(KNOWN.getEpochSecond() * 1_000_000);
        assertThat(slice.counts(JUNE, KNOWN, 100, null)).isTrue();
        assertThat(slice.counts(JUNE, KNOWN.plusNanos(1_000), 100, null)).isFalse();
        assertThat(slice.fixedAt()).isEqualTo(KNOWN);
    }

    @Test
    void businessDateAndUnitBoundTheSlice() {
        Slice unit = new SliceRequest("d", 2024, "u1", JUNE, null, null, 0).fixed(null, 100, FIXED);

        assertThat(unit.counts(JUNE.plusDays(1), KNOWN, 1, "u1")).isFalse();
        assertThat(unit.counts(JUNE, KNOWN, 1, "u2")).isFalse();
        assertThat(unit.counts(JUNE, KNOWN, 1, "u1")).isTrue();
    }

    @Test
    void aDepartmentKnownOnlyFromItsFactsIsNamedByItsCode() {
        assertThat(request(null).fixed(null, 1, FIXED).name()).isEqualTo("d");
        assertThat(request(null).fixed("武昌区", 1, FIXED).name()).isEqualTo("武昌区");
    }

    private static SliceRequest request(Instant knownAt) {
        return new SliceRequest("d", 2024, null, JUNE, knownAt, null, 0);
    }
}
