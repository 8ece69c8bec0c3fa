package cn.gov.ledger.query.checks;

import java.util.List;

/**
 * One evaluated identity: {@code left} must equal the signed sum of {@code right} within {@code tolerance}.
 *
 * @param identity   the rule, e.g. "05.row" or "05.rollup"; several results share one rule
 * @param name       what was compared, in the tables' own words, e.g. "05 201 小计 = 基本支出 + 项目支出"
 * @param difference left minus the right-hand sum, 万元
 */
public record CheckResult(String identity, String name, boolean passed, Term left, List<Term> right,
                          String rightTotal, String difference, String tolerance) {
}
