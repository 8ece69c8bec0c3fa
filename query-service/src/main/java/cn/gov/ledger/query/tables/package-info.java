/**
 * The nine disclosure tables (公开01表 … 公开09表) of a department's final accounts.
 *
 * <p>Any table can be had for a business date ({@code asOf}), a recording instant ({@code knownAt}) and
 * an event position. One aggregate query over the facts of a department and year (the "cube": sums by
 * kind, source, functional code, expenditure type and economic code) feeds every table; amounts are
 * summed exactly in fen, rows carry that fen, and {@link cn.gov.ledger.query.tables.WanYuan} rounds it once,
 * half-up, to 万元 per printed cell, only where the table is printed. The row layout (the 26
 * expenditure 类, the 款 rows of table 06) comes from the published template of the year.
 */
package cn.gov.ledger.query.tables;
