package cn.gov.ledger.service.posting;

/**
 * A posting as a client sends it (JSON body or import row). Everything arrives as text so that every
 * field can be checked and refused on its own, with its own message, rather than failing the whole body.
 */
public record PostingRequest(String department, String unit, String fiscalYear, String functionalCode,
                             String source, String expenditureType, String project, String economicCode,
                             String amount, String businessDate, String documentNo, String voucherNo,
                             String payee, String memo, String reason, String contractNo) {
}
