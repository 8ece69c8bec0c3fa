/**
 * Consistency checks: every identity a correct set of disclosure tables satisfies (domain.md).
 *
 * <p>They run over the tables the ledger would serve or over figures someone uploads (a published
 * report, typed in), compared as printed, in 万元 with two decimals. Where both sides are the same exact
 * sum rounded once, they must be equal. Where a figure is compared with a sum of n separately rounded
 * cells, each rounding moves a cell by at most 0.005, so the tolerance (尾数误差) is
 * ⌊(n + 1) / 2⌋ × 0.01 万元, never more than 0.01 per summand.
 */
package cn.gov.ledger.query.checks;
