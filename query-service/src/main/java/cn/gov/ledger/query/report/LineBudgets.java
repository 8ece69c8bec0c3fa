package cn.gov.ledger.query.report;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The general-public-budget budget of each functional 项 for the report's slice: the initial budget is
 * what was appropriated (APPROPRIATION entries, 年初预算) and adjustments (追加/追减) are kept apart.
 * Held in exact fen, so a total is summed exactly and rounded once, like every table total.
 *
 * @param initialFen     项 code → appropriations, reversals included
 * @param adjustmentsFen 项 code → net adjustments, reversals included
 * @param projects       project name → general-public-budget project spending (万元), largest first
 */
record LineBudgets(Map<String, Long> initialFen, Map<String, Long> adjustmentsFen, Map<String, BigDecimal> projects) {

    BigDecimal initial(String code) {
        return Amounts.ofFen(initialFen.getOrDefault(code, 0L));
    }

    BigDecimal adjustment(String code) {
        return Amounts.ofFen(adjustmentsFen.getOrDefault(code, 0L));
    }

    BigDecimal initialTotal() {
        return Amounts.ofFen(initialFen.values().stream().mapToLong(Long::longValue).sum());
    }

    BigDecimal adjustmentTotal() {
        return Amounts.ofFen(adjustmentsFen.values().stream().mapToLong(Long::longValue).sum());
    }
}
