package cn.gov.ledger.query.axon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class ReplicationLagTest {

    @Test
    void aWalPositionIsReadAsBytes() {
        assertThat(ReplicationLag.bytes("0/3000060")).isEqualTo(0x3000060L);
        assertThat(ReplicationLag.bytes("16/B374D848")).isEqualTo((0x16L << 32) + 0xB374D848L);
    }
}
