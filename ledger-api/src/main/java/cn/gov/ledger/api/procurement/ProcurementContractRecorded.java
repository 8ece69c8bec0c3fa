package cn.gov.ledger.api.procurement;

import org.axonframework.serialization.Revision;

/** A procurement contract as first entered; {@code terms.amountFen} is the contract amount in fen. */
@Revision("1")
public record ProcurementContractRecorded(String contractId, String department, String contractNo,
                                          ContractTerms terms) {
}
