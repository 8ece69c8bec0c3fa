/**
 * The published layout of the final accounts: each table as printed (HTML and XLSX), the whole report
 * with its 情况说明 and charts, the explanations people write for it (annotations), and the numbering
 * of a region's layout (profiles).
 *
 * <p>Every figure comes from the tables this service already computes ({@code tables}) or from the same
 * facts they are computed from; nothing here is typed in except the explanations, which are stored as
 * annotations and printed where they belong, or marked as missing. Numbers in tables are plain with two
 * decimals ("1309.89", blank for zero, as the contract's JSON); numbers in sentences carry thousands
 * separators ("1,309.89万元"), as the customer's published text does; percentages have one decimal.
 */
package cn.gov.ledger.query.report;
