package cn.gov.ledger.query.tables;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/**
 * One printed row. {@code cells} holds every column key of the table with its exact fen, zero included;
 * the figure is rounded to 万元 only where it is printed ({@link WanYuan}), in JSON as "0.00" for zero.
 *
 * @param code  the classification code for code rows, absent for totals
 * @param level 0 for totals, 1 for a 类, 2 for a 款, 3 for a 项
 * @param side  "income" or "expenditure" in the two-sided tables 01 and 04
 * @param line  the printed 行次 in tables 01 and 04
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TableRow(String key, String code, String name, int level, String side, Integer line,
                       @Schema(description = "column key → 万元, two decimals, as a string (\"4368.79\")",
                               additionalPropertiesSchema = String.class)
                       @JsonSerialize(contentUsing = WanYuan.Json.class)
                       @JsonDeserialize(contentUsing = WanYuan.Kept.class) Map<String, Long> cells) {

    /** A cell's exact fen; 0 for a column the row does not have. */
    public long fen(String column) {
        return cells.getOrDefault(column, 0L);
    }
}
