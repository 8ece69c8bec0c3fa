package cn.gov.ledger.query.progress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SettledStallTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aSettledPositionStandingStillBelowTheHeadCountsAsStalledFromItsFirstSighting() {
        SettledStall stall = new SettledStall();
        assertThat(stall.observe(77, 301, 0)).isZero();
        assertThat(stall.observe(77, 305, 40 * SECOND)).isEqualTo(40 * SECOND);
    }

    @Test
    void aMovingOrCaughtUpSettledPositionIsNotStalled() {
        SettledStall stall = new SettledStall();
        stall.observe(77, 301, 0);
        assertThat(stall.observe(78, 301, 40 * SECOND)).isZero();
        assertThat(stall.observe(301, 301, 80 * SECOND)).isZero();
        assertThat(stall.observe(301, 302, 90 * SECOND)).isZero();
        assertThat(stall.observe(301, 303, 100 * SECOND)).isEqualTo(10 * SECOND);
    }
}
