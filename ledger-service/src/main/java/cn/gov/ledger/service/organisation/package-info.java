/** Departments (部门) and their units (单位): who may post, and the aggregate that closes a unit's year. */
package cn.gov.ledger.service.organisation;
