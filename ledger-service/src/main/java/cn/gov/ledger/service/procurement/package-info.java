/**
 * Government procurement contracts (政采合同), entered by hand because the ledger's payments do not say what
 * was procured or from whom: recorded once per contract number and department, then corrected (every term
 * restated, with a reason) or withdrawn by new events, never updated, so the 政府采购支出说明 can be rebuilt as
 * it stood at any time.
 */
package cn.gov.ledger.service.procurement;
