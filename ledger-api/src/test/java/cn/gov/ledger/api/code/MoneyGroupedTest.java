package cn.gov.ledger.api.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class MoneyGroupedTest {

    @Test
    void groupsThousandsAndKeepsTwoDecimals() {
        assertThat(Money.grouped(new BigDecimal("12000.50"))).isEqualTo("12,000.50");
        assertThat(Money.grouped(new BigDecimal("999.9"))).isEqualTo("999.90");
        assertThat(Money.grouped(new BigDecimal("-1234567"))).isEqualTo("-1,234,567.00");
        assertThat(Money.grouped(new BigDecimal("0"))).isEqualTo("0.00");
    }

    @Test
    void staysExactWhereADoubleWouldNot() {
        assertThat(Money.grouped(new BigDecimal("90071992547409.93"))).isEqualTo("90,071,992,547,409.93");
        assertThat(Money.grouped(new BigDecimal(Money.toYuan(Long.MAX_VALUE)))).isEqualTo("92,233,720,368,547,758.07");
    }
}
