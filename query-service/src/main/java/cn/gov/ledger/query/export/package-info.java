/**
 * Files people open in a spreadsheet: CSV written and read through Commons CSV (UTF-8 with a BOM by
 * default, GB18030 on request, so Excel on Chinese Windows shows Chinese) and the one rule that keeps a
 * text cell from being taken for a formula (OWASP CSV injection), used by every CSV and XLSX export.
 */
package cn.gov.ledger.query.export;
