/**
 * Bulk import of postings from an Excel workbook or a CSV (UTF-8 or GBK), with the field names or the
 * office's Chinese headers and values: streamed, checked whole before anything is posted, posted in one
 * transaction, idempotent row by row so the same file imported twice posts nothing new, its progress polled
 * by import id while it runs. Also the empty template a clerk starts from.
 */
package cn.gov.ledger.service.imports;
