package cn.gov.ledger.query.records;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A figure summed from the ledger: 万元 with two decimals, and where its entries are listed (same slice).
 *
 * @param entries path and query of {@code …/figures/{figure}/entries} for this figure
 */
public record Figure(String amount, @JsonIgnore long fen, String entries) {
}
