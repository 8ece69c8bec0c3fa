/**
 * HTTP concerns shared by every feature.
 *
 * <p>A feature throws {@link cn.gov.ledger.query.web.BadRequestException} for malformed parameters
 * (every bad field listed at once) or {@link cn.gov.ledger.query.web.ProblemException} for not found,
 * not acceptable and not ready yet; {@code ProblemHandler} renders them as RFC 9457
 * application/problem+json. CSV reading and writing lives here too, since tables are served and
 * published figures are uploaded in it, and so do the access rules: which role may call which endpoint
 * ({@code AccessRules}). This package depends on no feature package.
 */
package cn.gov.ledger.query.web;
