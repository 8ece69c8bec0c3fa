/** Fiscal periods: closing a unit's year (年终结账) and carrying its balances into the next year. */
package cn.gov.ledger.service.period;
