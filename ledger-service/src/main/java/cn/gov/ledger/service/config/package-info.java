/** Wiring: Axon on PostgreSQL (event store, append lock, cache, snapshots), typed settings, embedded database. */
package cn.gov.ledger.service.config;
