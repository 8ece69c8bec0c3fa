/**
 * The rest of the report (情况说明 九 to 十三 and the 附件 self-evaluation tables) as figures: 机关运行经费,
 * government procurement, projects' budget and execution, self-evaluation rows and dated counts.
 *
 * <p>Figures the ledger holds are summed from {@code query.fact} with the tables' own slice (asOf, knownAt,
 * position) and name the entries they come from; figures only people know come from the records the projection
 * keeps, each in force as of the slice, with its author, recording time and position. Amounts are exact fen
 * inside, printed once as 万元 with two decimals; shares are computed from the printed 万元 figures.
 */
package cn.gov.ledger.query.records;
