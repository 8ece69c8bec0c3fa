package cn.gov.ledger.query.tables;

import cn.gov.ledger.api.code.ExpenditureType;
import cn.gov.ledger.api.code.FundingSource;
import cn.gov.ledger.query.projection.FactKind;
import cn.gov.ledger.query.slice.Slice;
import cn.gov.ledger.query.slice.SliceConditions;
import java.sql.ResultSet;
import java.sql.SQLException;
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
    private static final String COLUMNS = "SELECT kind, source, functional_code, expenditure_type, economic_code, ";
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
        List<Object> args = new ArrayList<>();
        String sql = COLUMNS + "sum(amount_fen) FROM query.fact WHERE "
                + SliceConditions.factsAfter("", slice, after, args) + " AND " + TABLE_FACTS + GROUP;
        return new FactCube(jdbc.query(sql, (rs, row) -> cell(rs, rs.getLong(6)), args.toArray()));
    }

    /** Every table fact of a department-year with a position in (after, upTo], one by one. */
    void rows(String department, int fiscalYear, long after, long upTo, FactRowHandler handler) {
        List<Object> args = new ArrayList<>(List.of(department, fiscalYear));
        String sql = COLUMNS + "unit, business_date, recorded_at, position, amount_fen FROM query.fact"
                + " WHERE department = ? AND fiscal_year = ? AND " + SliceConditions.positions("", after, upTo, args)
                + " AND " + TABLE_FACTS;
        jdbc.query(sql, rs -> {
            handler.row(cell(rs, 0), rs.getString(6), rs.getDate(7).toLocalDate().toEpochDay(),
                    Slice.micros(rs.getTimestamp(8).toInstant()), rs.getLong(9), rs.getLong(10));
        }, args.toArray());
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
}
