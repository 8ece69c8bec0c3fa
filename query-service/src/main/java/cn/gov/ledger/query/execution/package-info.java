/**
 * 预算执行进度: how far each 项 (with its 类 and 款) or each budget line has spent its budget by a business date,
 * against how much of the year has gone (时间进度), and which lag by more than a threshold; with the cumulative
 * curve month by month. JSON, CSV, XLSX and HTML under {@code …/years/{year}/execution}.
 *
 * <p>Built on the same facts as the tables and under the same slice (asOf, knownAt, position, unit), fixed by
 * {@code SliceResolver} as a table's is, so a figure here agrees with table 03 at the same point. Budget is
 * appropriations plus adjustments, spent is expenditures net of reversals, each dated on or before asOf. Department-years
 * recently asked for are held in memory column by column up to the settled position ({@code ExecutionCache}),
 * so a slice is one pass over primitive arrays however many postings the department has.
 */
package cn.gov.ledger.query.execution;
