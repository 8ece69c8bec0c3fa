/**
 * The event store's table layout, which the write side creates (ledger-service's V1__event_store.sql) and the
 * read side polls directly: both build their Axon {@code EventSchema} here so the column names cannot drift.
 */
package cn.gov.ledger.api.store;
