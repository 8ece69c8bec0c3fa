package cn.gov.ledger.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The rebuild writes recording instants exactly as the JDBC driver does for the live processor. */
@Tag("fast")
class FactCopyTest {

    @Test
    void nanosecondsAreRoundedHalfUpToMicroseconds() {
        assertThat(FactCopy.micros(Instant.parse("2025-01-01T00:00:00.123456499Z")))
                .isEqualTo(Instant.parse("2025-01-01T00:00:00.123456Z"));
        assertThat(FactCopy.micros(Instant.parse("2025-01-01T00:00:00.123456500Z")))
                .isEqualTo(Instant.parse("2025-01-01T00:00:00.123457Z"));
        assertThat(FactCopy.micros(Instant.parse("2025-01-01T00:00:00.999999500Z")))
                .isEqualTo(Instant.parse("2025-01-01T00:00:01Z"));
    }
}
