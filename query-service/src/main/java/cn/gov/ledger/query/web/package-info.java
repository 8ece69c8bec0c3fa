/**
 * HTTP concerns shared by every feature.
 *
 * <p>A feature throws {@link cn.gov.ledger.query.web.BadRequestException} for invalid parameters (422)
 * (every bad field listed at once) or {@link cn.gov.ledger.query.web.ProblemException} for not found,
 * not acceptable and not ready yet; {@code ProblemHandler} renders them as RFC 9457
 * application/problem+json in the vocabulary both services share ({@code cn.gov.ledger.security.problem}). CSV reading and writing lives here too, since tables are served and
 * published figures are uploaded in it, and so do the access rules: which role may call which endpoint
 * ({@code AccessRules}). This package depends on no feature package.
 */
package cn.gov.ledger.query.web;
