package cn.gov.ledger.query.records;

import cn.gov.ledger.api.assets.StatisticKind;
import cn.gov.ledger.api.code.Money;
import cn.gov.ledger.api.performance.IndicatorLevel;
import cn.gov.ledger.api.procurement.ProcurementCategory;
import cn.gov.ledger.api.procurement.SupplierSize;
import cn.gov.ledger.api.project.ProjectCategory;
import cn.gov.ledger.api.project.ProjectType;
import cn.gov.ledger.query.slice.Slice;
import cn.gov.ledger.query.slice.SliceConditions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads the records in force in a slice. A record is visible when recorded at or before knownAt and at or
 * below the position; it is in force unless a visible later record supersedes it (or, for a contract, a later
 * correction or withdrawal of the same contract is visible).
 */
@Repository
class RecordStore {

    private final JdbcTemplate jdbc;

    RecordStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<ProjectRecord> projects(Slice s) {
        List<Object> args = new ArrayList<>(List.of(s.department()));
        return jdbc.query("SELECT * FROM query.project WHERE department = ? AND "
                        + SliceConditions.visible("", s, args) + " ORDER BY position",
                (rs, row) -> new ProjectRecord(rs.getString("project_id"), rs.getString("name"),
                        rs.getString("project_type"), ProjectType.valueOf(rs.getString("project_type")).label(),
                        rs.getBoolean("continuing"), rs.getString("category"),
                        ProjectCategory.valueOf(rs.getString("category")).label(),
                        rs.getString("units").isEmpty() ? List.of() : List.of(rs.getString("units").split("\n")),
                        rs.getString("competent_department"), rs.getString("implemented_by"), entered(rs)),
                args.toArray());
    }

    /** Contracts of the year signed by asOf, each as its latest visible record says, withdrawn ones left out. */
    List<ContractRecord> contracts(Slice s) {
        List<Object> args = new ArrayList<>();
        String paid = SliceConditions.dated("", s, args);
        args.add(s.department());
        String latest = SliceConditions.visible("", s, args);
        args.addAll(List.of(s.fiscalYear(), s.asOf()));
        String unit = "";
        if (s.unit() != null) {
            unit = " AND unit = ?";
            args.add(s.unit());
        }
        return jdbc.query("""
                SELECT latest.*, paid.fen AS paid_fen, paid.entries AS paid_by FROM (
                    SELECT department, contract_no, sum(amount_fen) AS fen, array_agg(entry_id ORDER BY position) AS entries
                    FROM query.contract_payment WHERE""" + " " + paid + """
                    GROUP BY department, contract_no) paid
                RIGHT JOIN (SELECT DISTINCT ON (contract_id) * FROM query.procurement_contract
                               WHERE department = ? AND""" + " " + latest + """
                               ORDER BY contract_id, position DESC) latest
                ON paid.department = latest.department AND paid.contract_no = latest.contract_no
                WHERE change <> 'WITHDRAWN' AND fiscal_year = ? AND signed_on <= ?""" + unit
                        + " ORDER BY latest.signed_on, latest.contract_no", (rs, row) -> contract(rs), args.toArray());
    }

    /** Indicator rows of the year's tables (project null = 部门整体), in the order first printed. */
    List<IndicatorRecord> indicators(Slice s) {
        List<Object> args = new ArrayList<>(List.of(s.department(), s.fiscalYear()));
        return jdbc.query("SELECT * FROM query.performance_indicator t WHERE department = ? AND fiscal_year = ? AND "
                        + inForce("performance_indicator", "indicator_id", s, args) + "ORDER BY row_order",
                (rs, row) -> new IndicatorRecord(rs.getString("indicator_id"), rs.getString("project"),
                        rs.getString("goal"), rs.getString("level1"),
                        IndicatorLevel.valueOf(rs.getString("level1")).label(), rs.getString("level2"),
                        rs.getString("level3"), rs.getString("target"), rs.getString("actual"),
                        date(rs, "reported_on"), rs.getString("supersedes"), entered(rs)),
                args.toArray());
    }

    List<AnalysisRecord> analyses(Slice s) {
        List<Object> args = new ArrayList<>(List.of(s.department(), s.fiscalYear()));
        return jdbc.query("SELECT * FROM query.performance_analysis t WHERE department = ? AND fiscal_year = ? AND "
                        + inForce("performance_analysis", "analysis_id", s, args) + "ORDER BY position",
                (rs, row) -> new AnalysisRecord(rs.getString("analysis_id"), rs.getString("project"),
                        rs.getString("deviation_analysis"), rs.getString("improvements"), date(rs, "reported_on"),
                        rs.getString("supersedes"), entered(rs)),
                args.toArray());
    }

    /** Per kind, the record in force with the latest date inside the year up to asOf. */
    List<StatisticRecord> statistics(Slice s) {
        List<Object> args = new ArrayList<>(List.of(s.department(), s.firstDay(), s.asOf()));
        return jdbc.query("SELECT DISTINCT ON (kind) * FROM query.statistic t WHERE department = ?"
                        + " AND as_of BETWEEN ? AND ? AND " + inForce("statistic", "statistic_id", s, args)
                        + "ORDER BY kind, as_of DESC, position DESC",
                (rs, row) -> {
                    StatisticKind kind = StatisticKind.ofCode(rs.getString("kind")).orElseThrow();
                    return new StatisticRecord(rs.getString("statistic_id"), kind.code(), kind.label(),
                            kind.measure(), date(rs, "as_of"), rs.getLong("value"), rs.getString("note"),
                            rs.getString("supersedes"), entered(rs));
                },
                args.toArray());
    }

    /** Visible in the slice and not superseded by a record visible in it (the record table aliased t). */
    private static String inForce(String table, String id, Slice s, List<Object> args) {
        return SliceConditions.visible("", s, args) + " AND NOT EXISTS (SELECT 1 FROM query." + table
                + " s WHERE s.supersedes = t." + id + " AND " + SliceConditions.visible("s", s, args) + ") ";
    }

    private static ContractRecord contract(ResultSet rs) throws SQLException {
        long fen = rs.getLong("amount_fen");
        return new ContractRecord(rs.getString("contract_no"), rs.getString("unit"), rs.getString("category"),
                ProcurementCategory.valueOf(rs.getString("category")).label(), rs.getString("supplier_size"),
                SupplierSize.valueOf(rs.getString("supplier_size")).label(), Money.toYuan(fen), fen,
                Money.toYuan(rs.getLong("paid_fen")),
                rs.getArray("paid_by") == null ? List.of() : List.of((String[]) rs.getArray("paid_by").getArray()),
                date(rs, "signed_on"), rs.getString("project"), rs.getString("functional_code"), rs.getString("memo"),
                rs.getString("change"), rs.getString("reason"), entered(rs));
    }

    private static Entered entered(ResultSet rs) throws SQLException {
        return new Entered(rs.getString("actor"), rs.getTimestamp("recorded_at").toInstant(), rs.getLong("position"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
