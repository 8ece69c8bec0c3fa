/**
 * Government procurement contracts (政府采购合同): what was bought, from a supplier of which size, for how much.
 * They are entered by hand, not derived from payments, so a contract is never changed in place: a correction
 * or a withdrawal is a new event and the first record stays.
 */
package cn.gov.ledger.api.procurement;
