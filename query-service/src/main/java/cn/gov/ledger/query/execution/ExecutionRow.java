package cn.gov.ledger.query.execution;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One row: 合计 (level 0), a 类 (1), 款 (2) or 项 (3), or a budget line (level 1, key = line id, with the line's
 * fields). Amounts in yuan with two decimals; rate and gap in percent with one decimal, null where there is no
 * budget (and then never lagging).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExecutionRow(String key, String code, String name, int level, String functionalCode,
                           String economicCode, String source, String expenditureType, String project, String unit,
                           String budget, String spent, String available,
                           @JsonInclude(JsonInclude.Include.ALWAYS) String rate,
                           @JsonInclude(JsonInclude.Include.ALWAYS) String gap, boolean lagging,
                           @JsonIgnore long budgetFen, @JsonIgnore long spentFen) {

    @JsonIgnore
    public boolean total() {
        return level == 0;
    }

    @JsonIgnore
    public long availableFen() {
        return budgetFen - spentFen;
    }
}
