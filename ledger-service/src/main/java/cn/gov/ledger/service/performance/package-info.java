/**
 * Performance self-evaluation (绩效自评) as people report it: indicator rows and the closing analysis of a
 * project's table, or of the department's whole-of-department table when no project is named. Each table is
 * an aggregate that links a later record of the same row to the one it supersedes.
 */
package cn.gov.ledger.service.performance;
