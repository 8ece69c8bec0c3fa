package cn.gov.ledger.service.imports;

import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.api.code.Money;
import cn.gov.ledger.service.budget.BudgetLineBook;
import cn.gov.ledger.service.posting.ValidPosting;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Replays the file's budget effects in order on top of what the lines hold now, so budget refusals are found
 * in the validation pass with every other error, before anything is posted. Memory: one entry per line touched.
 */
final class BudgetSimulation {

    private final BudgetLineBook lines;
    private final Map<String, Long> available = new HashMap<>();

    BudgetSimulation(BudgetLineBook lines) {
        this.lines = lines;
    }

    /** Applies the posting; returns why it would be refused, or null. */
    String apply(ValidPosting posting) {
        Classification c = posting.classification();
        return switch (posting.kind()) {
            case APPROPRIATION -> add(c.budgetLineId(), posting.amountFen());
            case ADJUSTMENT -> {
                long after = availableOn(c.budgetLineId()).orElse(0L) + posting.amountFen();
                yield after < 0 ? "adjustment would take line below what it has spent (available "
                        + Money.toYuan(after - posting.amountFen()) + ")" : add(c.budgetLineId(), posting.amountFen());
            }
            case EXPENDITURE -> spend(c, posting.amountFen());
            case INCOME -> null;
        };
    }

    private String spend(Classification c, long amountFen) {
        String own = c.budgetLineId();
        String general = c.withEconomicCode(null).budgetLineId();
        String line = availableOn(own).isPresent() ? own : availableOn(general).isPresent() ? general : null;
        if (line == null) {
            return "无预算不支出: no budget line for " + c.functionalCode() + " / " + c.expenditureType()
                    + (c.project() == null ? "" : " / " + c.project());
        }
        long left = available.get(line);
        if (amountFen > left) {
            return "over budget: line " + line + " has " + Money.toYuan(left) + " available, "
                    + Money.toYuan(amountFen) + " asked";
        }
        available.put(line, left - amountFen);
        return null;
    }

    private String add(String lineId, long amountFen) {
        available.put(lineId, availableOn(lineId).orElse(0L) + amountFen);
        return null;
    }

    private Optional<Long> availableOn(String lineId) {
        if (!available.containsKey(lineId)) {
            lines.available(lineId).ifPresent(fen -> available.put(lineId, fen));
        }
        return Optional.ofNullable(available.get(lineId));
    }
}
