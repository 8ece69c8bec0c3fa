/**
 * The clerk's and budget officer's web console (服务端渲染, Thymeleaf, in Chinese) under {@code /console/**}:
 * entry forms, file import, the list of recent entries with reversal, and the login page. Every form posts
 * through the same feature services, validation and idempotency keys as the JSON API, so a form shows the
 * API's own field messages next to the fields.
 */
package cn.gov.ledger.service.console;
