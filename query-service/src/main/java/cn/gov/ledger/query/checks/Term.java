package cn.gov.ledger.query.checks;

/**
 * One cell an identity reads: {@code cell} is "table/row/column" (e.g. "05/201/basic", or
 * "01/income:grand_total/amount" in the two-sided tables), {@code value} the printed 万元 figure.
 *
 * @param sign "+" or "−" for the cells summed on the right-hand side, absent on the left
 */
public record Term(String cell, String value, String sign) {
}
