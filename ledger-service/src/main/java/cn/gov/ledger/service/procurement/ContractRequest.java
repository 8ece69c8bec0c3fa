package cn.gov.ledger.service.procurement;

import cn.gov.ledger.security.problem.QuotedAmount;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * A contract as a client sends it, every field as text so that each can be refused on its own. {@code amount}
 * is in yuan with at most two decimals; {@code reason} is required for a correction and absent otherwise.
 */
public record ContractRequest(String department, String unit, String fiscalYear, String contractNo,
                              String category, String supplierSize,
                              @JsonDeserialize(using = QuotedAmount.class) String amount, String signedOn,
                              String project, String functionalCode, String memo, String reason) {
}
