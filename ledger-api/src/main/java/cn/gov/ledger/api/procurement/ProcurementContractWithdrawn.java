package cn.gov.ledger.api.procurement;

import org.axonframework.serialization.Revision;

/** The contract no longer counts; its number stays used, so it cannot be recorded again. */
@Revision("1")
public record ProcurementContractWithdrawn(String contractId, String department, String contractNo, String reason) {
}
