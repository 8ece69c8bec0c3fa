/**
 * The published layout of the final accounts: each table as printed (HTML and XLSX), the whole report
 * with its 情况说明 and charts, the explanations people write for it (annotations), and the numbering
 * of a region's layout (profiles).
 *
 * <p>Every figure comes from the tables this service already computes ({@code tables}) or from the same
 * facts they are computed from; nothing here is typed in except the explanations, which are stored as
 * annotations and printed where they belong, or marked as missing. Table rows carry exact fen; a figure
 * becomes 万元 with two decimals only when printed: in tables with thousands separators and blank for zero
 * ("1,309.89"), in sentences with thousands separators ("1,309.89万元"), as the customer's published text
 * does; percentages, from the printed figures, have one decimal.
 */
package cn.gov.ledger.query.report;
