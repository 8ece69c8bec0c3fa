package cn.gov.ledger.api.procurement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Takes back a contract entered in error (or cancelled); it then counts for nothing. */
public record WithdrawProcurementContractCommand(@TargetAggregateIdentifier String contractId, String department,
                                                 String contractNo, String reason) {
}
