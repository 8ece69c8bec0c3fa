/**
 * How every write happens: field-by-field validation, one transaction per request with its idempotency key (single
 * postings share theirs with concurrent ones: group commit), the closed-year guard, and command dispatch with
 * who-posted-it metadata.
 */
package cn.gov.ledger.service.posting;
