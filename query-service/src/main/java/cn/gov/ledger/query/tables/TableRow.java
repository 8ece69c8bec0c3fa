package cn.gov.ledger.query.tables;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * One printed row. {@code cells} holds every column key of the table, zero as "0.00".
 *
 * @param code  the classification code for code rows, absent for totals
 * @param level 0 for totals, 1 for a 类, 2 for a 款, 3 for a 项
 * @param side  "income" or "expenditure" in the two-sided tables 01 and 04
 * @param line  the printed 行次 in tables 01 and 04
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TableRow(String key, String code, String name, int level, String side, Integer line,
                       Map<String, String> cells) {
}
