package cn.gov.ledger.query.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** How the report prints figures: tables and sentences with separators and tables with a blank zero, sentences with separators, one-decimal percentages. */
@Tag("fast")
class ReportAmountsTest {

    @Test
    void tablesPrintTwoDecimalsWithSeparatorsAndZeroAsBlank() {
        assertThat(Amounts.cell(new BigDecimal("1309.89"))).isEqualTo("1,309.89");
        assertThat(Amounts.cell(new BigDecimal("0.8"))).isEqualTo("0.80");
        assertThat(Amounts.cell(Amounts.ofFen(0))).isEmpty();
        assertThat(Amounts.ofFen(1_309_895_000L)).isEqualByComparingTo("1309.90");
    }

    @Test
    void sentencesPrintThousandsSeparators() {
        assertThat(Amounts.text(new BigDecimal("4368.79"))).isEqualTo("4,368.79");
        assertThat(Amounts.text(new BigDecimal("0.80"))).isEqualTo("0.80");
        assertThat(Amounts.text(new BigDecimal("1234567.5"))).isEqualTo("1,234,567.50");
    }

    @Test
    void percentagesAreRoundedOnceHalfUpToOneDecimal() {
        assertThat(Amounts.percent(new BigDecimal("14.05"), new BigDecimal("17.52"))).isEqualTo("80.2%");
        assertThat(Amounts.percent(new BigDecimal("1673.74"), new BigDecimal("4368.79"))).isEqualTo("38.3%");
        assertThat(Amounts.percent(new BigDecimal("4368.79"), new BigDecimal("4368.79"))).isEqualTo("100.0%");
        assertThat(Amounts.percent(new BigDecimal("1"), new BigDecimal("8"))).isEqualTo("12.5%");
        assertThat(Amounts.percent(new BigDecimal("0.80"), BigDecimal.ZERO)).isNull();
    }

    @Test
    void changesFromLastYearReadAsThePublishedText() {
        assertThat(Amounts.change(new BigDecimal("172.98"), new BigDecimal("181.91"))).isEqualTo("减少8.93万元，下降4.9%");
        assertThat(Amounts.change(new BigDecimal("4368.79"), new BigDecimal("6391.60"))).isEqualTo("减少2,022.81万元，下降31.6%");
        assertThat(Amounts.change(new BigDecimal("110.00"), new BigDecimal("100.00"))).isEqualTo("增加10.00万元，增长10.0%");
        assertThat(Amounts.change(new BigDecimal("0.80"), BigDecimal.ZERO)).isEqualTo("增加0.80万元");
        assertThat(Amounts.change(new BigDecimal("5.00"), new BigDecimal("5.00"))).isEqualTo("持平");
    }
}
