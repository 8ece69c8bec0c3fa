package cn.gov.ledger.query.records;

import cn.gov.ledger.query.tables.TableView;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Which ledger state a figure reflects: the same as a table's, so figures and tables agree. Records count when
 * recorded at or before {@code knownAt} and at or below {@code position}; business dates up to {@code asOf}.
 *
 * @param unit one unit, or null for the whole department
 */
public record RecordSlice(String department, String departmentName, int fiscalYear, String unit, LocalDate asOf,
                          Instant knownAt, long position) {

    /** The slice a table was computed for (its position is already fixed, its knownAt never null). */
    public static RecordSlice of(TableView table) {
        return new RecordSlice(table.department(),
                table.departmentName() == null ? table.department() : table.departmentName(), table.fiscalYear(),
                table.unit(), table.asOf(), table.knownAt(), table.position());
    }

    LocalDate firstDay() {
        return LocalDate.of(fiscalYear, 1, 1);
    }
}
