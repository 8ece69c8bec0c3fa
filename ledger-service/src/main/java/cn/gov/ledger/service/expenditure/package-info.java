/** Expenditures (支出): which budget line a payment draws on, and posting it there. */
package cn.gov.ledger.service.expenditure;
