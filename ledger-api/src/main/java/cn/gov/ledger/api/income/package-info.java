/** Income received by a unit (收入), kept per unit, year, source and functional 项. */
package cn.gov.ledger.api.income;
