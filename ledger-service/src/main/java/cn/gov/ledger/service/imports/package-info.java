/**
 * Bulk import of postings from CSV: streamed, checked whole before anything is posted, posted in one
 * transaction, and idempotent row by row so the same file imported twice posts nothing new.
 */
package cn.gov.ledger.service.imports;
