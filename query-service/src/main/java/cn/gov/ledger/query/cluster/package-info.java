/**
 * Scale-out of the read side. Several query-service instances on one database share the projection's
 * segments through Axon's claims in the shared token store: each instance beats a heartbeat, hands back
 * segments beyond its fair share so a newcomer gets work, and takes over a dead instance's segments once
 * their claims time out. Tables are sums over the shared projection tables, so every instance answers the
 * same; {@code minPosition} reads the stored tokens of all segments, whoever holds them.
 */
package cn.gov.ledger.query.cluster;
