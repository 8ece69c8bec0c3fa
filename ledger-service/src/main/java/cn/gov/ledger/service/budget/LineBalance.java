package cn.gov.ledger.service.budget;

import cn.gov.ledger.api.code.AmountLimits;
import cn.gov.ledger.api.code.Money;

/**
 * One budget line's figures and the decisions of 无预算不支出 on them, in one place so that the aggregate and
 * the import's dry run ({@code imports/BudgetSimulation}) cannot drift apart. Refusals are answered as
 * booleans: each caller words them its own way (a problem for the API, a row error for an import).
 */
public record LineBalance(long budgetFen, long spentFen) {

    /** A line nobody has put money on yet. */
    public static final LineBalance NONE = new LineBalance(0, 0);

    public long availableFen() {
        return budgetFen - spentFen;
    }

    /** An expenditure may draw at most what the line has available. */
    public boolean overBudget(long amountFen) {
        return amountFen > availableFen();
    }

    /** Amounts are bounded each, so the sum cannot wrap around before this check sees it. */
    public boolean aboveLimit(long budgetChangeFen) {
        return budgetAfter(budgetChangeFen) > AmountLimits.LINE_MAX_FEN;
    }

    /** A 追减 or a reversed budget entry may not take the budget below what the line has paid out. */
    public boolean belowSpent(long budgetChangeFen) {
        return budgetAfter(budgetChangeFen) < spentFen;
    }

    /** Why {@link #aboveLimit} refused, worded alike for the API and the import. */
    public String aboveLimitReason(String lineId, long budgetChangeFen) {
        return "would take budget line " + lineId + " to " + Money.toYuan(budgetAfter(budgetChangeFen))
                + " yuan, above the limit of " + Money.toYuan(AmountLimits.LINE_MAX_FEN) + " per line";
    }

    public long budgetAfter(long budgetChangeFen) {
        return budgetFen + budgetChangeFen;
    }

    public LineBalance withBudgetChange(long amountFen) {
        return new LineBalance(budgetFen + amountFen, spentFen);
    }

    public LineBalance withSpending(long amountFen) {
        return new LineBalance(budgetFen, spentFen + amountFen);
    }
}
