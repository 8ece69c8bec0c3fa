package cn.gov.ledger.query.projection;

import cn.gov.ledger.api.catalog.CatalogueScheme;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Read access to the reference tables this projection keeps. */
@Repository
public class ReferenceData {

    private final JdbcTemplate jdbc;

    ReferenceData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> departmentName(String department) {
        return jdbc.query("SELECT name FROM query.department WHERE code = ?",
                (rs, row) -> rs.getString(1), department).stream().findFirst();
    }

    /** Every department (code, name) in code order, for a picker. */
    public List<Map<String, Object>> departments() {
        return jdbc.queryForList("SELECT code, name FROM query.department ORDER BY code");
    }

    /** Every unit (department, code, name) in code order, for a picker. */
    public List<Map<String, Object>> units() {
        return jdbc.queryForList("SELECT department, code, name FROM query.unit ORDER BY department, code");
    }

    public boolean unitRegistered(String department, String unit) {
        return !jdbc.query("SELECT 1 FROM query.unit WHERE department = ? AND code = ?",
                (rs, row) -> 1, department, unit).isEmpty();
    }

    /** Whether some unit of the department has closed the year before, which opens this one. */
    public boolean openedByClose(String department, int fiscalYear) {
        return !jdbc.query("SELECT 1 FROM query.closed_year WHERE department = ? AND fiscal_year = ? LIMIT 1",
                (rs, row) -> 1, department, fiscalYear - 1).isEmpty();
    }

    /**
     * Names of the given codes from the catalogue in force for the year; a code the year's catalogue
     * lacks takes its name from the latest earlier catalogue that has it.
     */
    public Map<String, String> names(CatalogueScheme scheme, int fiscalYear, Collection<String> codes) {
        Map<String, String> names = new HashMap<>();
        if (codes.isEmpty()) {
            return names;
        }
        jdbc.query("""
                SELECT DISTINCT ON (code) code, name FROM query.catalogue_item
                WHERE scheme = ? AND code = ANY (?) AND fiscal_year <= ?
                ORDER BY code, fiscal_year DESC""",
                rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                },
                scheme.name(), codes.toArray(String[]::new), fiscalYear);
        return names;
    }
}
