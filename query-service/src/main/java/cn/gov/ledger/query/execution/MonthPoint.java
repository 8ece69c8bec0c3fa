package cn.gov.ledger.query.execution;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Budget and spending cumulative to {@code through}: the month's last day, or asOf in asOf's month (the slice
 * holds nothing dated later), with the rate and the time progress at that day. Amounts in exact fen, yuan in JSON; percentages
 * with one decimal, strings in JSON.
 */
public record MonthPoint(int month, LocalDate through,
                         @JsonProperty("budget") @JsonText.Yuan long budgetFen,
                         @JsonProperty("spent") @JsonText.Yuan long spentFen,
                         @JsonInclude(JsonInclude.Include.ALWAYS) @JsonText.Percent BigDecimal rate,
                         @JsonText.Percent BigDecimal timeProgress) {
}
