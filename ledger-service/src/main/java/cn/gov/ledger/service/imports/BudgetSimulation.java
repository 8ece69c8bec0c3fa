package cn.gov.ledger.service.imports;

import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.api.code.Money;
import cn.gov.ledger.service.budget.BudgetLineBook;
import cn.gov.ledger.service.budget.LineBalance;
import cn.gov.ledger.service.posting.ValidPosting;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Replays the file's budget effects in order on top of what the lines hold now, so budget refusals are found
 * in the validation pass with every other error, before anything is posted. The decisions are
 * {@link LineBalance}'s, the same the budget line aggregate takes. Memory: one entry per line touched or
 * looked for.
 */
final class BudgetSimulation {

    private final BudgetLineBook lines;
    private final Map<String, LineBalance> balances = new HashMap<>();
    // Lines found not to exist: most expenditures name an economic code with no line of its own, and asking the
    // database again for every such row cost a round trip per row.
    private final Set<String> absent = new HashSet<>();

    BudgetSimulation(BudgetLineBook lines) {
        this.lines = lines;
    }

    /** What applying a posting did: the budget line it touched (null for income), or why it is refused. */
    record Applied(Classification line, String refusal) {
    }

    /** Applies the posting in file order, exactly as the budget line aggregate would decide it. */
    Applied apply(ValidPosting posting) {
        Classification c = posting.classification();
        return switch (posting.kind()) {
            case APPROPRIATION -> add(c, posting.amountFen());
            case ADJUSTMENT -> {
                LineBalance balance = balanceOf(c.budgetLineId()).orElse(LineBalance.NONE);
                yield balance.belowSpent(posting.amountFen())
                        ? new Applied(c, "adjustment would take line below what it has spent (available "
                                + Money.toYuan(balance.availableFen()) + ")")
                        : add(c, posting.amountFen());
            }
            case EXPENDITURE -> spend(c, posting.amountFen());
            case INCOME -> new Applied(null, null);
        };
    }

    private Applied spend(Classification c, long amountFen) {
        Classification general = c.withEconomicCode(null);
        Classification line = balanceOf(c.budgetLineId()).isPresent() ? c
                : balanceOf(general.budgetLineId()).isPresent() ? general : null;
        if (line == null) {
            return new Applied(null, "无预算不支出: no budget line for " + c.functionalCode() + " / "
                    + c.expenditureType() + (c.project() == null ? "" : " / " + c.project()));
        }
        LineBalance balance = balances.get(line.budgetLineId());
        if (balance.overBudget(amountFen)) {
            return new Applied(line, "over budget: line " + line.budgetLineId() + " has "
                    + Money.toYuan(balance.availableFen()) + " available, " + Money.toYuan(amountFen) + " asked");
        }
        balances.put(line.budgetLineId(), balance.withSpending(amountFen));
        return new Applied(line, null);
    }

    private Applied add(Classification line, long amountFen) {
        LineBalance balance = balanceOf(line.budgetLineId()).orElse(LineBalance.NONE);
        if (balance.aboveLimit(amountFen)) {
            return new Applied(line, balance.aboveLimitReason(line.budgetLineId(), amountFen));
        }
        balances.put(line.budgetLineId(), balance.withBudgetChange(amountFen));
        return new Applied(line, null);
    }

    private Optional<LineBalance> balanceOf(String lineId) {
        if (!balances.containsKey(lineId) && !absent.contains(lineId)) {
            lines.balance(lineId).ifPresentOrElse(balance -> balances.put(lineId, balance), () -> absent.add(lineId));
        }
        return Optional.ofNullable(balances.get(lineId));
    }
}
