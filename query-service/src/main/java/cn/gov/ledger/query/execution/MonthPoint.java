package cn.gov.ledger.query.execution;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;

/**
 * Budget and spending cumulative to {@code through}: the month's last day, or asOf in asOf's month (the slice
 * holds nothing dated later), with the rate and the time progress at that day. Amounts in exact fen, yuan in JSON.
 */
public record MonthPoint(int month, LocalDate through,
                         @JsonProperty("budget") @JsonSerialize(using = YuanJson.class) long budgetFen,
                         @JsonProperty("spent") @JsonSerialize(using = YuanJson.class) long spentFen,
                         @JsonInclude(JsonInclude.Include.ALWAYS) String rate, String timeProgress) {
}
