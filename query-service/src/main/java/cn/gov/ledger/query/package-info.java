/**
 * The query service: the read side of the budget ledger.
 *
 * <p>It follows the write side's event store with one pooled streaming processor, keeps append-only
 * facts in its own schema {@code query}, and answers every disclosure table for any business date,
 * recording instant or event position by querying those facts rather than rebuilding anything.
 * Feature packages: {@code projection} writes, {@code tables} and {@code checks} read, {@code progress}
 * reports how far the projection has got, {@code axon} wires the event store and token store, and
 * {@code web} renders problems; the dependencies run one way (see PackageBoundariesTest).
 */
package cn.gov.ledger.query;
