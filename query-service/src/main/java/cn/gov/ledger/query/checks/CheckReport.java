package cn.gov.ledger.query.checks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The outcome of checking a set of tables.
 *
 * @param figures  "ledger" for tables this service built, "published" for uploaded figures
 * @param skipped  identities not evaluated because a table they need was not given
 * @param failures the failed results again, first, so a reader sees at once which cells disagree
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CheckReport(String figures, String department, Integer fiscalYear, LocalDate asOf, Instant knownAt,
                          Long position, boolean passed, int evaluated, int failed, String toleranceRule,
                          List<String> skipped, List<CheckResult> failures, List<CheckResult> checks) {

    static final String TOLERANCE_RULE = "Equal figures of one exact sum must match to the cent; a figure "
            + "compared with the sum of n separately rounded cells may differ by at most floor((n + 1) / 2) × 0.01 "
            + "万元 (尾数误差: each rounding moves a cell by at most 0.005).";
}
