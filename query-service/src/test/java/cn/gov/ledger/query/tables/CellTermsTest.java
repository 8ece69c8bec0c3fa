package cn.gov.ledger.query.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.ledger.api.code.ExpenditureType;
import cn.gov.ledger.api.code.FundingSource;
import cn.gov.ledger.query.projection.FactKind;
import cn.gov.ledger.query.tables.TableFormulas.CellId;
import cn.gov.ledger.query.tables.TableFormulas.Term;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class CellTermsTest {

    private static Term term(long coefficient, long amountFen) {
        return new Term(FactKind.EXPENDITURE, FundingSource.GENERAL_PUBLIC_BUDGET, "2010301", ExpenditureType.BASIC,
                "30201", coefficient, amountFen);
    }

    @Test
    void aSubtractedGroupContributesItsNegatedAmount() {
        assertThat(term(1, 12_345).contributionFen()).isEqualTo(12_345);
        assertThat(term(-1, 12_345).contributionFen()).isEqualTo(-12_345);
    }

    @Test
    void aContributionThatWouldOverflowIsRefusedRatherThanWrapped() {
        assertThatThrownBy(() -> term(2, Long.MAX_VALUE).contributionFen()).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void aCellTheTableLeftOutIsZeroWithNoTerms() {
        CellId kept = new CellId(null, "201", "total");
        CellId absent = new CellId(null, "202", "total");
        TableFormulas formulas = new TableFormulas(null, null, Map.of(kept, 500L), Map.of(kept, List.of(term(1, 500))));
        assertThat(formulas.valueFen(kept)).isEqualTo(500);
        assertThat(formulas.valueFen(absent)).isZero();
        assertThat(formulas.terms(absent)).isEmpty();
    }
}
