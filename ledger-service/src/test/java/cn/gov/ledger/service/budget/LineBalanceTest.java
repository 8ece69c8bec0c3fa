package cn.gov.ledger.service.budget;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.api.code.AmountLimits;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class LineBalanceTest {

    private final LineBalance line = new LineBalance(10_000, 4_000);

    @Test
    void availableIsBudgetMinusSpent() {
        assertThat(line.availableFen()).isEqualTo(6_000);
        assertThat(LineBalance.NONE.availableFen()).isZero();
    }

    @Test
    void spendingExactlyWhatIsAvailableIsAllowedAndOneFenMoreIsOverBudget() {
        assertThat(line.overBudget(6_000)).isFalse();
        assertThat(line.overBudget(6_001)).isTrue();
        assertThat(LineBalance.NONE.overBudget(1)).isTrue();
    }

    @Test
    void aCutMayTakeTheBudgetDownToWhatIsSpentButNotBelow() {
        assertThat(line.belowSpent(-6_000)).isFalse();
        assertThat(line.belowSpent(-6_001)).isTrue();
        assertThat(line.budgetAfter(-6_001)).isEqualTo(3_999);
    }

    @Test
    void theBudgetMayReachTheLineLimitButNotPassIt() {
        LineBalance nearlyFull = new LineBalance(AmountLimits.LINE_MAX_FEN - 100, 0);
        assertThat(nearlyFull.aboveLimit(100)).isFalse();
        assertThat(nearlyFull.aboveLimit(101)).isTrue();
        assertThat(nearlyFull.aboveLimitReason("L1", 101))
                .isEqualTo("would take budget line L1 to 10000000000000.00 yuan, above the limit of "
                        + "9999999999999.99 per line");
    }

    @Test
    void changesGiveNewFiguresAndLeaveTheOldOnesAlone() {
        assertThat(line.withBudgetChange(500)).isEqualTo(new LineBalance(10_500, 4_000));
        assertThat(line.withSpending(500)).isEqualTo(new LineBalance(10_000, 4_500));
        assertThat(line).isEqualTo(new LineBalance(10_000, 4_000));
    }
}
