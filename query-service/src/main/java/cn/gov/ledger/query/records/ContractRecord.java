package cn.gov.ledger.query.records;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;

/**
 * A procurement contract as it stands in the slice: its latest record (first entry or correction).
 *
 * @param amount in yuan, two decimals, as entered
 * @param paid   in yuan: the ledger's payments naming the contract (any year), reversals netted; {@code paidBy}
 *               lists their entry ids
 * @param change RECORDED or CORRECTED; {@code reason} is the correction's
 */
public record ContractRecord(String contractNo, String unit, String category, String categoryLabel,
                             String supplierSize, String supplierSizeLabel, String amount,
                             @JsonIgnore long amountFen, String paid, List<String> paidBy, LocalDate signedOn, String project, String functionalCode,
                             String memo, String change, String reason, Entered entered) {
}
