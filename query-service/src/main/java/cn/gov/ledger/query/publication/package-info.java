/**
 * Publication: what a department made public for a year, frozen. Publishing fixes a point of the ledger
 * (business date, recording instant, and the settled event position, below which nothing can change any
 * more), computes the nine tables and the whole report there once, and keeps their exact bytes with a
 * SHA-256 of each. From then on the publication's tables and report are served from those bytes, after
 * checking them against their hashes, never recomputed; a later publication of the same year supersedes
 * an earlier one without replacing it. Restatements are what the ledger says differently now: the
 * auditor's table diff (package audit) from the frozen point to the present, cell by cell with the
 * entries that made each difference. This package depends on tables, report, audit, progress and web;
 * nothing depends on it.
 */
package cn.gov.ledger.query.publication;
