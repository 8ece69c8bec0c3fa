package cn.gov.ledger.query.execution;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/**
 * One row: 合计 (level 0), a 类 (1), 款 (2) or 项 (3), or a budget line (level 1, key = line id, with the line's
 * fields). Amounts in exact fen, printed as yuan with two decimals only where they leave (JSON, CSV, XLSX, HTML);
 * rate and gap in percent with one decimal (strings in JSON), null where there is no budget (and then never
 * lagging).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"key", "code", "name", "level", "functionalCode", "economicCode", "source", "expenditureType",
        "project", "unit", "budget", "spent", "available", "rate", "gap", "lagging"})
public record ExecutionRow(String key, String code, String name, int level, String functionalCode,
                           String economicCode, String source, String expenditureType, String project, String unit,
                           @JsonProperty("budget") @JsonText.Yuan long budgetFen,
                           @JsonProperty("spent") @JsonText.Yuan long spentFen,
                           @JsonInclude(JsonInclude.Include.ALWAYS) @JsonText.Percent BigDecimal rate,
                           @JsonInclude(JsonInclude.Include.ALWAYS) @JsonText.Percent BigDecimal gap,
                           boolean lagging) {

    @JsonIgnore
    public boolean total() {
        return level == 0;
    }

    @JsonProperty("available")
    @JsonText.Yuan
    public long availableFen() {
        return Math.subtractExact(budgetFen, spentFen);
    }
}
