package cn.gov.ledger.query.execution;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The cumulative curve, one point per month up to asOf's month, in the same slice as {@link ExecutionView}. */
public record MonthlyView(String department, String departmentName, int fiscalYear,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String unit, LocalDate asOf, Instant knownAt,
                          long position, List<MonthPoint> months) {
}
