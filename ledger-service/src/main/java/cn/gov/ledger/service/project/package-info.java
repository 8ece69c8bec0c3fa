/**
 * Registering a department's projects (项目) with the type, attribute and category their self-evaluation
 * table shows; a name is registered once per department. Other features ask {@link
 * cn.gov.ledger.service.project.ProjectDirectory} whether a project they are given exists.
 */
package cn.gov.ledger.service.project;
