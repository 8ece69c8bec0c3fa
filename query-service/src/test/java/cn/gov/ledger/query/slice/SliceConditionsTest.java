package cn.gov.ledger.query.slice;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The slice's SQL conditions and their arguments, in the order the placeholders appear. */
@Tag("fast")
class SliceConditionsTest {

    private static final LocalDate JUNE = LocalDate.of(2024, 6, 30);
    private static final Instant KNOWN = Instant.parse("2025-01-01T00:00:00Z");

    private final List<Object> args = new ArrayList<>();

    @Test
    void aSliceWithoutKnownAtIsBoundedByItsPositionAlone() {
        String sql = SliceConditions.facts("", Slice.of("d", 2024, null, JUNE, null, 100), args);

        assertThat(sql).isEqualTo("department = ? AND fiscal_year = ? AND business_date <= ? AND position <= ?");
        assertThat(args).containsExactly("d", 2024, JUNE, 100L);
    }

    @Test
    void aKnownAtAndAUnitAddTheirConditionsOnTheAlias() {
        String sql = SliceConditions.facts("f", Slice.of("d", 2024, "u1", JUNE, KNOWN, 100), args);

        assertThat(sql).isEqualTo("f.department = ? AND f.fiscal_year = ? AND f.business_date <= ?"
                + " AND f.position <= ? AND f.recorded_at <= ? AND f.unit = ?");
        assertThat(args).containsExactly("d", 2024, JUNE, 100L, Timestamp.from(KNOWN), "u1");
    }

    @Test
    void earlierYearsAreCountedFromTheFirstYearAsked() {
        String sql = SliceConditions.facts("", Slice.of("d", 2024, null, JUNE, null, 100), 2022, args);

        assertThat(sql).startsWith("department = ? AND fiscal_year BETWEEN ? AND ? AND business_date <= ?");
        assertThat(args).containsExactly("d", 2022, 2024, JUNE, 100L);
    }

    @Test
    void recordsAreVisibleByPositionAndRecordingTimeOnly() {
        String sql = SliceConditions.visible("s", Slice.of("d", 2024, "u1", JUNE, KNOWN, 100), args);

        assertThat(sql).isEqualTo("s.position <= ? AND s.recorded_at <= ?");
        assertThat(args).containsExactly(100L, Timestamp.from(KNOWN));
    }

    @Test
    void datedAddsTheBusinessDateBeforeVisibility() {
        String sql = SliceConditions.dated("", Slice.of("d", 2024, null, JUNE, null, 100), args);

        assertThat(sql).isEqualTo("business_date <= ? AND position <= ?");
        assertThat(args).containsExactly(JUNE, 100L);
    }

    @Test
    void aDiffReadsWhatTheEarlierEndDidNotSee() {
        assertThat(SliceConditions.unseenBy("f", 50, KNOWN, args))
                .isEqualTo("NOT (f.position <= ? AND f.recorded_at <= ?)");
        assertThat(SliceConditions.unseenBy("f", 60, null, args)).isEqualTo("NOT (f.position <= ?)");
        assertThat(args).containsExactly(50L, Timestamp.from(KNOWN), 60L);
    }

    @Test
    void cachesReadPositionRanges() {
        assertThat(SliceConditions.positions("", 10, 20, args)).isEqualTo("position > ? AND position <= ?");
        assertThat(SliceConditions.factsAfter("", Slice.of("d", 2024, null, JUNE, null, 100), 30, args))
                .endsWith("position <= ? AND position > ?");
        assertThat(args).containsExactly(10L, 20L, "d", 2024, JUNE, 100L, 30L);
    }
}
