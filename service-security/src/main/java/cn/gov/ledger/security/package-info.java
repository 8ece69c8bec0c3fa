/**
 * The HTTP edge both services share: who may do what, and what the logs and refusals say about it.
 *
 * <p>Users and their roles come from configuration ({@code ledger.security.users}, HTTP Basic for the API and a
 * form login for the browser) or, with {@code ledger.security.mode=jwt}, from bearer tokens of the office's
 * identity provider. Each service states its own rules per endpoint as an {@link cn.gov.ledger.security.EndpointRules}
 * bean; everything not named there needs some authenticated user. Every request carries an {@code X-Request-Id},
 * which the logs (with the actor) and every problem+json answer repeat; the answers themselves speak the
 * vocabulary of {@link cn.gov.ledger.security.problem}. Services import
 * {@link cn.gov.ledger.security.LedgerSecurityConfiguration}.
 */
package cn.gov.ledger.security;
