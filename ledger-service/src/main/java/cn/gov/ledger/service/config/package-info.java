/** Wiring: Axon on PostgreSQL (event store, append lock, cache, snapshots), typed settings, embedded database,
 * the restricted runtime login. */
package cn.gov.ledger.service.config;
