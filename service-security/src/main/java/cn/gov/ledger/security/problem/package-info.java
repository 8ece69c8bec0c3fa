/**
 * The one error vocabulary of both services ({@link cn.gov.ledger.security.problem.Problems}): type URIs,
 * bilingual titles and statuses, and the places that write it besides the controllers' handlers (the base
 * {@link cn.gov.ledger.security.problem.ProblemExceptionHandler}, security refusals, rejected paths, Tomcat's own
 * errors). Request bodies are read strictly ({@code StrictJson}); amounts are JSON strings only
 * ({@code QuotedAmount}).
 */
package cn.gov.ledger.security.problem;
