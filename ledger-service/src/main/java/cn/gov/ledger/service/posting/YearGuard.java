package cn.gov.ledger.service.posting;

import cn.gov.ledger.service.problem.Rejection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A closed year refuses entries. Postings hold a shared lock on their unit until they commit and closing
 * takes it exclusively, so no entry can slip into a year between the close's balance and its commit.
 */
@Component
public class YearGuard {

    private static final int LOCK_SPACE = 0x594541;

    private final JdbcTemplate jdbc;

    YearGuard(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void assertOpen(String department, String unit, int fiscalYear) {
        Boolean closed = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM closed_year WHERE department = ?"
                        + " AND unit = ? AND fiscal_year = ?) FROM pg_advisory_xact_lock_shared(?, hashtext(?))",
                Boolean.class, department, unit, fiscalYear, LOCK_SPACE, department + "/" + unit);
        if (Boolean.TRUE.equals(closed)) {
            throw Rejection.conflict("year-closed", "年度已结账 Year closed",
                            "fiscal year " + fiscalYear + " of unit " + unit + " is closed and accepts no entries")
                    .with("department", department).with("unit", unit).with("fiscalYear", fiscalYear);
        }
    }

    /** Exclusive: waits for postings in flight on this unit, and holds new ones back until commit. */
    public void lockForClose(String department, String unit) {
        jdbc.queryForList("SELECT pg_advisory_xact_lock(?, hashtext(?))", LOCK_SPACE, department + "/" + unit);
    }

    public boolean isClosed(String department, String unit, int fiscalYear) {
        Boolean closed = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM closed_year WHERE department = ?"
                + " AND unit = ? AND fiscal_year = ?)", Boolean.class, department, unit, fiscalYear);
        return Boolean.TRUE.equals(closed);
    }
}
