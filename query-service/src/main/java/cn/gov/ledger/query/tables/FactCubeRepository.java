package cn.gov.ledger.query.tables;

import cn.gov.ledger.api.code.ExpenditureType;
import cn.gov.ledger.api.code.FundingSource;
import cn.gov.ledger.query.projection.FactKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The facts behind every table, read through fact_slice_idx: its key (department, fiscal year,
 * position) narrows to one department-year (and a position range), and its INCLUDE list carries every
 * other column the tables need, so PostgreSQL answers from the index alone.
 */
@Repository
class FactCubeRepository {

    /**
     * Budget facts matter only to table 09, and only for the four "三公" codes; everything else the
     * tables read is income, expenditure and carried balances.
     */
    private static final String TABLE_FACTS = """
            (kind IN ('INCOME', 'EXPENDITURE', 'OPENING_BALANCE') OR economic_code IN ('30212', '31013', '30231', '30217'))""";
    private static final String CUBE = """
            SELECT kind, source, functional_code, expenditure_type, economic_code, sum(amount_fen)
            FROM query.fact
            WHERE department = ? AND fiscal_year = ?
              AND business_date <= ? AND recorded_at <= ? AND position <= ? AND position > ? AND """ + TABLE_FACTS;
    private static final String ROWS = """
            SELECT kind, source, functional_code, expenditure_type, economic_code, unit, business_date, recorded_at,
                   position, amount_fen
            FROM query.fact
            WHERE department = ? AND fiscal_year = ? AND position > ? AND position <= ? AND """ + TABLE_FACTS;
    private static final String GROUP = " GROUP BY kind, source, functional_code, expenditure_type, economic_code";

    private final JdbcTemplate jdbc;

    FactCubeRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    FactCube load(Slice slice) {
        return load(slice, 0);
    }

    /** The cube of the slice's facts with a position above {@code after}. */
    FactCube load(Slice slice, long after) {
        List<Object> args = new ArrayList<>(List.of(slice.department(), slice.fiscalYear(), slice.asOf(),
                Timestamp.from(slice.knownAt()), slice.position(), after));
        String sql = CUBE;
        if (slice.unit() != null) {
            sql += " AND unit = ?";
            args.add(slice.unit());
        }
        List<CubeCell> cells = jdbc.query(sql + GROUP, (rs, row) -> cell(rs, rs.getLong(6)), args.toArray());
        return new FactCube(cells);
    }

    /** Every table fact of a department-year with a position in (after, upTo], one by one. */
    void rows(String department, int fiscalYear, long after, long upTo, FactRowHandler handler) {
        jdbc.query(ROWS, rs -> {
            handler.row(cell(rs, 0), rs.getString(6), rs.getDate(7).toLocalDate().toEpochDay(),
                    FactColumns.micros(rs.getTimestamp(8).toInstant()), rs.getLong(9),
                    rs.getLong(10));
        }, department, fiscalYear, after, upTo);
    }

    private static CubeCell cell(ResultSet rs, long amountFen) throws SQLException {
        return new CubeCell(FactKind.valueOf(rs.getString(1)), FundingSource.valueOf(rs.getString(2)),
                rs.getString(3), rs.getString(4) == null ? null : ExpenditureType.valueOf(rs.getString(4)),
                rs.getString(5), amountFen);
    }

    /** One fact as the in-memory cube keeps it; {@code key} has amount 0, the amount comes separately. */
    @FunctionalInterface
    interface FactRowHandler {
        void row(CubeCell key, String unit, long businessDay, long recordedMicros, long position, long amountFen);
    }

    /** Whether the ledger holds anything at all for the department and year (ignoring time travel). */
    boolean hasFacts(String department, int fiscalYear) {
        return !jdbc.query("SELECT 1 FROM query.fact WHERE department = ? AND fiscal_year = ? LIMIT 1",
                (rs, row) -> 1, department, fiscalYear).isEmpty();
    }

    boolean hasFacts(String department, int fiscalYear, String unit) {
        return !jdbc.query("SELECT 1 FROM query.fact WHERE department = ? AND fiscal_year = ? AND unit = ? LIMIT 1",
                (rs, row) -> 1, department, fiscalYear, unit).isEmpty();
    }

    boolean departmentHasFacts(String department) {
        return !jdbc.query("SELECT 1 FROM query.fact WHERE department = ? LIMIT 1",
                (rs, row) -> 1, department).isEmpty();
    }
}
