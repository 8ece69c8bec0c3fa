package cn.gov.ledger.query.execution;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * Budget and spending cumulative to {@code through}: the month's last day, or asOf in asOf's month (the slice
 * holds nothing dated later), with the rate and the time progress at that day.
 */
public record MonthPoint(int month, LocalDate through, String budget, String spent,
                         @JsonInclude(JsonInclude.Include.ALWAYS) String rate, String timeProgress,
                         @JsonIgnore long budgetFen, @JsonIgnore long spentFen) {
}
