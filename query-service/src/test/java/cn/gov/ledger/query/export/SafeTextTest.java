package cn.gov.ledger.query.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one rule every export applies to a text cell (OWASP CSV injection). */
class SafeTextTest {

    @Test
    void aFormulaInATextCellGetsALeadingQuote() {
        assertThat(SafeText.cell("=HYPERLINK(\"http://evil.example\",\"点此报销\")"))
                .isEqualTo("'=HYPERLINK(\"http://evil.example\",\"点此报销\")");
        assertThat(SafeText.cell("-1+1")).isEqualTo("'-1+1");
        assertThat(SafeText.cell("+86 10 1234")).isEqualTo("'+86 10 1234");
        assertThat(SafeText.cell("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(SafeText.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(SafeText.cell("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void plainNumbersAndOrdinaryTextStayAsTheyAre() {
        assertThat(SafeText.cell("-1.20")).isEqualTo("-1.20");
        assertThat(SafeText.cell("-4368.79")).isEqualTo("-4368.79");
        assertThat(SafeText.cell("4368.79")).isEqualTo("4368.79");
        assertThat(SafeText.cell("办公费 = 纸张")).isEqualTo("办公费 = 纸张");
        assertThat(SafeText.cell(null)).isEmpty();
        assertThat(SafeText.cell("")).isEmpty();
    }
}
