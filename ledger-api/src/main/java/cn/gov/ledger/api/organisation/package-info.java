/** Departments, their units and the closing of a unit's fiscal year. */
package cn.gov.ledger.api.organisation;
