package cn.gov.ledger.api.procurement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a signed contract; its number must not have been used before in the department. */
public record RecordProcurementContractCommand(@TargetAggregateIdentifier String contractId, String department,
                                               String contractNo, ContractTerms terms) {
}
