/**
 * The projection: the event handlers of the single pooled streaming processor "facts".
 *
 * <p>Ledger entries become append-only facts: a reversal is a fact of the original's kind with the
 * negated amount, and a year close becomes opening balances of the next year. Departments, units and
 * catalogues become small reference tables whose rows the newest event wins. Projects, procurement
 * contracts, self-evaluation rows and counts (what only people know) become append-only records with their
 * author, recording time and position; which one is in force is decided when reading. Every write is
 * idempotent, keyed by event id and row number, because a batch may be delivered again after a retry,
 * a segment takeover or a token reset.
 */
package cn.gov.ledger.query.projection;
