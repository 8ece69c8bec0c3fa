/**
 * Projects (项目) of a department as the performance self-evaluation describes them: their type, whether they
 * continue from earlier years and where their money comes from. Budget lines name a project by its name.
 */
package cn.gov.ledger.api.project;
