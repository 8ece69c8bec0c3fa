package cn.gov.ledger.query.execution;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonFormat.Shape;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Budget and spending cumulative to {@code through}: the month's last day, or asOf in asOf's month (the slice
 * holds nothing dated later), with the rate and the time progress at that day. Amounts in exact fen, yuan in JSON; percentages
 * with one decimal, strings in JSON.
 */
public record MonthPoint(int month, LocalDate through,
                         @JsonProperty("budget") @JsonSerialize(using = YuanJson.class) @Schema(type = "string")
                         long budgetFen,
                         @JsonProperty("spent") @JsonSerialize(using = YuanJson.class) @Schema(type = "string")
                         long spentFen,
                         @JsonInclude(JsonInclude.Include.ALWAYS) @JsonFormat(shape = Shape.STRING)
                         @Schema(type = "string") BigDecimal rate,
                         @JsonFormat(shape = Shape.STRING) @Schema(type = "string") BigDecimal timeProgress) {
}
