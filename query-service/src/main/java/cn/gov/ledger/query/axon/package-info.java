/**
 * Axon infrastructure without Axon Server.
 *
 * <p>The JDBC event store written by ledger-service is read here with its snake_case columns; the
 * token store lives in {@code query.token_entry}. Connections come from Spring's DataSource through
 * the running Spring transaction and Axon's unit of work is bound to Spring's transaction manager, so
 * a batch's projection rows and its token commit in one database transaction or not at all. Gap
 * settings are explained on {@link cn.gov.ledger.query.axon.EventStoreProperties}. With an owner of its own
 * for Flyway, the service connects as a restricted login that {@link QueryRuntimeLogin} sets up.
 */
package cn.gov.ledger.query.axon;
