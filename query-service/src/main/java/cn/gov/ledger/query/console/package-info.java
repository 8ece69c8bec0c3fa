/**
 * The auditor's web console (服务端渲染, Thymeleaf, in Chinese) under {@code /console/**}: any disclosure
 * table at any business date, recording instant or event position, each figure a link to the entries and
 * events behind it (the same drill-down as the JSON audit endpoint), and the login page.
 */
package cn.gov.ledger.query.console;
