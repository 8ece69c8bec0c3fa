package cn.gov.ledger.api.procurement;

import org.axonframework.serialization.Revision;

/** The contract's terms from now on, replacing (not amending) those recorded before; the earlier ones stay. */
@Revision("1")
public record ProcurementContractCorrected(String contractId, String department, String contractNo,
                                           ContractTerms terms, String reason) {
}
