package cn.gov.ledger.query.tables;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A disclosure table as served, in the contract's shape.
 *
 * @param position the global event position the table reflects: every event at or below it, none above
 * @param unit     the unit asked for, absent for the whole department
 */
public record TableView(String table, String title, String department, String departmentName, int fiscalYear,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String unit, LocalDate asOf, Instant knownAt,
                        long position, String currencyUnit, List<Column> columns, List<TableRow> rows) {

    public static final String CURRENCY_UNIT = "万元";

    /** A column: the fixed key clients read and the label printed in the published layout. */
    public record Column(String key, String label) {
    }
}
