package cn.gov.ledger.service.procurement;

import cn.gov.ledger.api.procurement.ContractTerms;

/**
 * A contract request whose every field has been checked, the amount in fen; a withdrawal has no terms and a
 * first record no reason.
 */
record ValidContract(String contractId, String department, String contractNo, ContractTerms terms,
                     String reason) {
}
