/**
 * Batch posting ({@code POST /api/v1/entries/batch}) for the systems that post for the clerks: up to 1,000
 * entries of the four posting types in one transaction, all or nothing. Each entry is checked by the same
 * validator and runs through the same aggregates' budget control as its single endpoint, in request order, so a
 * batch posts exactly what the same entries posted one by one would, or nothing at all.
 */
package cn.gov.ledger.service.batch;
