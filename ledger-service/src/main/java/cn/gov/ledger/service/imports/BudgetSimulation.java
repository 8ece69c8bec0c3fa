package cn.gov.ledger.service.imports;

import cn.gov.ledger.api.code.AmountLimits;
import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.api.code.Money;
import cn.gov.ledger.service.budget.BudgetLineBook;
import cn.gov.ledger.service.posting.ValidPosting;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Replays the file's budget effects in order on top of what the lines hold now, so budget refusals are found
 * in the validation pass with every other error, before anything is posted. Memory: one entry per line touched
 * or looked for.
 */
final class BudgetSimulation {

    private final BudgetLineBook lines;
    private final Map<String, Long> available = new HashMap<>();
    private final Map<String, Long> budget = new HashMap<>();
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
                long after = availableOn(c.budgetLineId()).orElse(0L) + posting.amountFen();
                yield after < 0 ? new Applied(c, "adjustment would take line below what it has spent (available "
                        + Money.toYuan(after - posting.amountFen()) + ")") : add(c, posting.amountFen());
            }
            case EXPENDITURE -> spend(c, posting.amountFen());
            case INCOME -> new Applied(null, null);
        };
    }

    private Applied spend(Classification c, long amountFen) {
        Classification general = c.withEconomicCode(null);
        Classification line = availableOn(c.budgetLineId()).isPresent() ? c
                : availableOn(general.budgetLineId()).isPresent() ? general : null;
        if (line == null) {
            return new Applied(null, "无预算不支出: no budget line for " + c.functionalCode() + " / "
                    + c.expenditureType() + (c.project() == null ? "" : " / " + c.project()));
        }
        long left = available.get(line.budgetLineId());
        if (amountFen > left) {
            return new Applied(line, "over budget: line " + line.budgetLineId() + " has " + Money.toYuan(left)
                    + " available, " + Money.toYuan(amountFen) + " asked");
        }
        available.put(line.budgetLineId(), left - amountFen);
        return new Applied(line, null);
    }

    private Applied add(Classification line, long amountFen) {
        long budgetAfter = budget.computeIfAbsent(line.budgetLineId(), id -> lines.budget(id).orElse(0L)) + amountFen;
        if (budgetAfter > AmountLimits.LINE_MAX_FEN) {
            return new Applied(line, "would take budget line " + line.budgetLineId() + " to "
                    + Money.toYuan(budgetAfter) + " yuan, above the limit of "
                    + Money.toYuan(AmountLimits.LINE_MAX_FEN) + " per line");
        }
        budget.put(line.budgetLineId(), budgetAfter);
        available.put(line.budgetLineId(), availableOn(line.budgetLineId()).orElse(0L) + amountFen);
        absent.remove(line.budgetLineId());
        return new Applied(line, null);
    }

    private Optional<Long> availableOn(String lineId) {
        if (!available.containsKey(lineId) && !absent.contains(lineId)) {
            lines.available(lineId).ifPresentOrElse(fen -> available.put(lineId, fen), () -> absent.add(lineId));
        }
        return Optional.ofNullable(available.get(lineId));
    }
}
