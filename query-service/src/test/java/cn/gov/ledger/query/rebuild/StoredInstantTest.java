package cn.gov.ledger.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written reading of stored time stamps gives exactly what Axon's parser gives, or defers to it. */
class StoredInstantTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-06T06:33:07.431Z", "2024-02-29T23:59:59.999999999Z", "1999-01-01T00:00:00Z",
            "2026-12-06T06:33:07.4Z", "2026-12-06T06:33:07.000100Z", "2026-12-06t06:33:07.431z",
            "2026-12-06T07:33:07.431+01:00", "2026-12-06T06:33Z", "2025-02-29T00:00:00.000Z"})
    void readsAsAxonReads(String stored) {
        Instant axon;
        try {
            axon = DateTimeUtils.parseInstant(stored);
        } catch (RuntimeException e) {
            assertThatThrownBy(() -> StoredInstant.parse(stored)).isInstanceOf(e.getClass());
            return;
        }
        assertThat(StoredInstant.parse(stored)).isEqualTo(axon);
    }

    @Test
    void readsWhatAxonWrites() {
        for (String instant : new String[] {"2026-12-06T06:33:07.431207Z", "2026-12-06T06:33:07Z"}) {
            String stored = DateTimeUtils.formatInstant(Instant.parse(instant));
            assertThat(StoredInstant.parse(stored)).as(stored).isEqualTo(DateTimeUtils.parseInstant(stored));
        }
    }
}
