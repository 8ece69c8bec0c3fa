/**
 * What both consoles put on every page: the signed-in user, the link to the other service's console, and an
 * error page (not problem+json) when a page fails unforeseen. Each service subclasses {@link ConsoleModel}
 * once, only to scope it to its own console package and name its link and its failure sentence.
 */
package cn.gov.ledger.security.console;
