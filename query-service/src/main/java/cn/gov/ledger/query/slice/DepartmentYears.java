package cn.gov.ledger.query.slice;

import cn.gov.ledger.query.projection.ReferenceData;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Which departments, years and units the ledger holds anything for, whatever the point in time. */
@Repository
public class DepartmentYears {

    private final JdbcTemplate jdbc;
    private final ReferenceData reference;

    DepartmentYears(JdbcTemplate jdbc, ReferenceData reference) {
        this.jdbc = jdbc;
        this.reference = reference;
    }

    /** Whether a slice request for the year (and unit) would find the department-year at all. */
    public boolean exists(String department, int fiscalYear, String unit) {
        return hasFacts(department, fiscalYear, unit) || unit == null && reference.openedByClose(department, fiscalYear);
    }

    /** Whether the department-year (or one unit of it, unless {@code unit} is null) has any fact. */
    boolean hasFacts(String department, int fiscalYear, String unit) {
        List<Object> args = new ArrayList<>(List.of(department, fiscalYear));
        String sql = "SELECT 1 FROM query.fact WHERE department = ? AND fiscal_year = ?";
        if (unit != null) {
            sql += " AND unit = ?";
            args.add(unit);
        }
        return !jdbc.query(sql + " LIMIT 1", (rs, row) -> 1, args.toArray()).isEmpty();
    }

    boolean departmentHasFacts(String department) {
        return !jdbc.query("SELECT 1 FROM query.fact WHERE department = ? LIMIT 1",
                (rs, row) -> 1, department).isEmpty();
    }
}
