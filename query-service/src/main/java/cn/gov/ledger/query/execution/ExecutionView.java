package cn.gov.ledger.query.execution;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * 预算执行进度 as served, in the contract's shape.
 *
 * @param position     the global event position the figures reflect: every event at or below it, none above
 * @param timeProgress days of the year up to and including asOf ÷ days in the year, in percent
 * @param threshold    a row lags when its gap is below minus this many percentage points
 * @param by           functional or line
 */
public record ExecutionView(String department, String departmentName, int fiscalYear,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String unit, LocalDate asOf, Instant knownAt,
                            long position, String timeProgress, String threshold, String by,
                            List<ExecutionRow> rows) {
}
