package cn.gov.ledger.query.projection;

import cn.gov.ledger.api.assets.StatisticRecorded;
import cn.gov.ledger.api.budget.ExpenditureRecorded;
import cn.gov.ledger.api.entry.EntryReversed;
import cn.gov.ledger.api.performance.PerformanceAnalysisRecorded;
import cn.gov.ledger.api.performance.PerformanceIndicatorRecorded;
import cn.gov.ledger.api.procurement.ContractTerms;
import cn.gov.ledger.api.project.ProjectRegistered;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Inserts the records only people know, one row per event, each with its origin (author, recording time,
 * position). Nothing is updated: which record is in force is decided when reading, for the slice asked for.
 * Keyed by the record's id (the event id for contracts), so redelivery inserts nothing twice.
 */
@Repository
class RecordWriter {

    private static final String ORIGIN = "event_id, position, recorded_at, actor";

    private final JdbcTemplate jdbc;
    private final String schema;

    @Autowired
    RecordWriter(JdbcTemplate jdbc) {
        this(jdbc, ProjectionTables.LIVE_SCHEMA);
    }

    RecordWriter(JdbcTemplate jdbc, String schema) {
        this.jdbc = jdbc;
        this.schema = schema;
    }

    void project(ProjectRegistered e, EventOrigin origin) {
        insert("project", "project_id, department, name, project_type, continuing, category, units,"
                + " competent_department, implemented_by", "project_id", origin, e.projectId(), e.department(),
                e.name(), e.type().name(), e.continuing(), e.category().name(),
                String.join("\n", e.units() == null ? List.<String>of() : e.units()),
                e.competentDepartment(), e.implementedBy());
    }

    /** A contract as recorded or corrected ({@code terms} given), or withdrawn ({@code terms} null). */
    void contract(String change, String contractId, String department, String contractNo, ContractTerms t,
                  String reason, EventOrigin origin) {
        insert("procurement_contract", "contract_id, department, contract_no, change, unit, fiscal_year, category,"
                + " supplier_size, amount_fen, signed_on, project, functional_code, memo, reason", "event_id",
                origin, contractId, department, contractNo, change, t == null ? null : t.unit(),
                t == null ? null : t.fiscalYear(), t == null ? null : t.category().name(),
                t == null ? null : t.supplierSize().name(), t == null ? null : t.amountFen(),
                t == null ? null : t.signedOn(), t == null ? null : t.project(),
                t == null || t.functionalCode() == null ? null : t.functionalCode().value(),
                t == null ? null : t.memo(), reason);
    }

    /** A correction of a row takes the place the row was first printed in. */
    void indicator(PerformanceIndicatorRecorded e, EventOrigin origin) {
        jdbc.update("""
                INSERT INTO %1$s.performance_indicator (indicator_id, evaluation_id, department, fiscal_year, project,
                    goal, level1, level2, level3, target, actual, reported_on, supersedes, row_order, %2$s)
                SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                       coalesce((SELECT row_order FROM %1$s.performance_indicator WHERE indicator_id = ?), ?),
                       ?, ?, ?, ?
                ON CONFLICT (indicator_id) DO NOTHING""".formatted(schema, ORIGIN),
                e.indicatorId(), e.evaluationId(), e.department(), e.fiscalYear(), e.project(), e.goal(),
                e.level1().name(), e.level2(), e.level3(), e.target(), e.actual(), e.reportedOn(), e.supersedes(),
                e.supersedes(), origin.position(), origin.eventId(), origin.position(), recorded(origin),
                origin.actor());
    }

    void analysis(PerformanceAnalysisRecorded e, EventOrigin origin) {
        insert("performance_analysis", "analysis_id, evaluation_id, department, fiscal_year, project,"
                + " deviation_analysis, improvements, reported_on, supersedes", "analysis_id", origin,
                e.analysisId(), e.evaluationId(), e.department(), e.fiscalYear(), e.project(), e.deviationAnalysis(),
                e.improvements(), e.reportedOn(), e.supersedes());
    }

    void statistic(StatisticRecorded e, EventOrigin origin) {
        insert("statistic", "statistic_id, department, kind, as_of, value, note, supersedes", "statistic_id",
                origin, e.statisticId(), e.department(), e.kind().code(), e.asOf(), e.value(), e.note(),
                e.supersedes());
    }

    /** A payment naming a contract. */
    void payment(ExpenditureRecorded e, EventOrigin origin) {
        insert("contract_payment", "entry_id, department, contract_no, fiscal_year, amount_fen, business_date",
                "event_id", origin, e.entryId(), e.classification().department(), e.contractNo(),
                e.classification().fiscalYear(), e.amountFen(), e.businessDate());
    }

    /** A reversal of a payment that named a contract, negated like its fact; nothing for any other reversal. */
    void reversal(EntryReversed e, EventOrigin origin) {
        jdbc.update("""
                INSERT INTO %1$s.contract_payment (entry_id, department, contract_no, fiscal_year, amount_fen,
                    business_date, %2$s)
                SELECT ?, department, contract_no, fiscal_year, ?, ?, ?, ?, ?, ?
                FROM %1$s.contract_payment WHERE entry_id = ?
                ON CONFLICT (event_id) DO NOTHING""".formatted(schema, ORIGIN),
                e.entryId(), e.amountFen(), e.businessDate(), origin.eventId(), origin.position(), recorded(origin),
                origin.actor(), e.reversedEntryId());
    }

    private void insert(String table, String columns, String key, EventOrigin origin, Object... values) {
        List<Object> args = new ArrayList<>(Arrays.asList(values));
        args.add(origin.eventId());
        args.add(origin.position());
        args.add(recorded(origin));
        args.add(origin.actor());
        String marks = "?, ".repeat(args.size() - 1) + "?";
        jdbc.update("INSERT INTO " + schema + "." + table + " (" + columns + ", " + ORIGIN + ") VALUES (" + marks
                + ") ON CONFLICT (" + key + ") DO NOTHING", args.toArray());
    }

    private static OffsetDateTime recorded(EventOrigin origin) {
        return OffsetDateTime.ofInstant(origin.recordedAt(), ZoneOffset.UTC);
    }
}
