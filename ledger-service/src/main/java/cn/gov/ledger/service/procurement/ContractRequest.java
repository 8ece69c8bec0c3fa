package cn.gov.ledger.service.procurement;

/**
 * A contract as a client sends it, every field as text so that each can be refused on its own. {@code amount}
 * is in yuan with at most two decimals; {@code reason} is required for a correction and absent otherwise.
 */
public record ContractRequest(String department, String unit, String fiscalYear, String contractNo,
                              String category, String supplierSize, String amount, String signedOn,
                              String project, String functionalCode, String memo, String reason) {
}
