/**
 * Performance self-evaluation (绩效自评): the indicators and analyses of one table, for a department's year,
 * either of a project (项目绩效自评表) or of the department as a whole (部门整体绩效自评表, no project).
 * Only people know these figures, so each is a dated record with its author; a later record of the same
 * indicator supersedes the earlier one, which stays.
 */
package cn.gov.ledger.api.performance;
