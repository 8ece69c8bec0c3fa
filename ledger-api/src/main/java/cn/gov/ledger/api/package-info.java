/**
 * The message contract between the write side (ledger-service) and the read side (query-service):
 * commands are imperative, events past tense, every event revisioned from the start.
 */
package cn.gov.ledger.api;
