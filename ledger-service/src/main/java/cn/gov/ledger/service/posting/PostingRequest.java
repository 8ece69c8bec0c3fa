package cn.gov.ledger.service.posting;

import cn.gov.ledger.security.problem.QuotedAmount;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A posting as a client sends it (JSON body or import row). Everything arrives as text so that every
 * field can be checked and refused on its own, with its own message, rather than failing the whole body.
 */
@Schema(description = "An appropriation, adjustment, income or expenditure; amounts are yuan strings with at most"
        + " two decimals. Which fields each endpoint needs: see its example.")
public record PostingRequest(
        @Schema(example = "wcjgsw") String department,
        @Schema(example = "wcjgsw-bj") String unit,
        @Schema(example = "2024") String fiscalYear,
        @Schema(description = "a 7-digit 项 code of 支出功能分类", example = "2010301") String functionalCode,
        @Schema(allowableValues = {"GENERAL_PUBLIC_BUDGET", "GOVERNMENT_FUND", "STATE_CAPITAL", "SUPERIOR_SUBSIDY",
                "BUSINESS", "OPERATING", "AFFILIATED_REMITTANCE", "OTHER"}, example = "GENERAL_PUBLIC_BUDGET")
        String source,
        @Schema(allowableValues = {"BASIC", "PROJECT", "REMIT_TO_SUPERIOR", "OPERATING", "SUBSIDY_TO_AFFILIATED"},
                example = "BASIC") String expenditureType,
        @Schema(description = "the project's name, for PROJECT only") String project,
        @Schema(description = "a 5-digit 款 code of 经济分类", example = "30201") String economicCode,
        @Schema(description = "yuan, at most two decimals, as a string; signed for adjustments", example = "12000.50")
        @JsonDeserialize(using = QuotedAmount.class) String amount,
        @Schema(example = "2024-03-15") String businessDate,
        @Schema(example = "WC-2024-APP-001") String documentNo,
        @Schema(example = "记-2024-03-0012") String voucherNo,
        @Schema(example = "武汉某文具公司") String payee,
        @Schema(example = "办公用品") String memo,
        @Schema(description = "why, for adjustments") String reason,
        @Schema(description = "the government procurement contract an expenditure pays, if any",
                example = "WCJG-2024-CG-001") String contractNo) {
}
