package cn.gov.ledger.api.procurement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Restates a recorded contract's terms, with the reason; the department and the number stay. */
public record CorrectProcurementContractCommand(@TargetAggregateIdentifier String contractId, String department,
                                                String contractNo, ContractTerms terms, String reason) {
}
