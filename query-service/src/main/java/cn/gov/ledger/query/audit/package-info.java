/**
 * The auditor's trail: from a printed cell down to the entries and events behind it, through the raw
 * event history, to evidence that the history has not been altered.
 *
 * <p>A cell is drilled by asking the table's own definition for its formula
 * ({@link cn.gov.ledger.query.tables.CellFormulas}: a signed sum of fact groups), never by restating a
 * table rule here; the entries found are required to add up to the cell in exact fen. The same
 * formulas explain what changed in a table between two recording instants or event positions. The
 * history pages through the write side's event store as stored. Tamper evidence is a SHA-256 hash
 * chain over the stored rows in global-index order, kept in {@code query.event_chain} by a scheduled
 * job (not an event processor: it hashes the bytes as stored, which an event handler never sees) and
 * recomputed from the event store on request. This package depends on tables, projection, axon and
 * web; nothing depends on it.
 */
package cn.gov.ledger.query.audit;
