/**
 * The query service: the read side of the budget ledger.
 *
 * <p>It follows the write side's event store with pooled streaming processors, keeps append-only
 * facts in its own schema {@code query}, and answers every disclosure table for any business date,
 * recording instant or event position by querying those facts rather than rebuilding anything.
 * Feature packages: {@code projection} writes the facts; {@code slice} owns the point in time every answer
 * is given for (parameters, waiting, 404s, the SQL conditions); {@code tables} computes the nine tables and
 * {@code checks} their identities; {@code records} the figures only people know; {@code report} the
 * 情况说明 and its documents; {@code execution} budget execution (预算执行进度); {@code audit} drill-downs,
 * the audit trail, diffs and the hash chain; {@code publication} freezes what is made public;
 * {@code rebuild} replays the projection while the old one serves; {@code progress} reports how far the
 * projection has got; {@code cluster} shares segments between instances; {@code axon} wires the event
 * store and token store; {@code console} renders the auditor's pages; {@code export} the CSV and XLSX rules and
 * {@code web} problems and access rules. The dependencies run one way (see PackageBoundariesTest).
 */
package cn.gov.ledger.query;
