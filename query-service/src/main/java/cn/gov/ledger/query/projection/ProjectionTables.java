package cn.gov.ledger.query.projection;

import java.util.List;

/**
 * The tables the handlers of this package write, all derived from the event store and so all rebuilt
 * together. A new projection table belongs in {@link #ALL}, or a rebuild would carry the old one over
 * unchanged (a test lists every table of schema {@code query} and fails on one nobody has classified).
 */
public final class ProjectionTables {

    /** Where the live processor writes and every reader reads. */
    public static final String LIVE_SCHEMA = "query";

    /** The facts: large and append-only, so a rebuild loads them first and indexes them afterwards. */
    public static final String FACTS = "fact";

    /**
     * Every projection table; the reference tables and the records are small and written row by row, so they
     * keep their keys throughout.
     */
    public static final List<String> ALL = List.of(FACTS, "department", "unit", "closed_year", "catalogue_load",
            "catalogue_item", "project", "procurement_contract", "performance_indicator", "performance_analysis",
            "statistic", "contract_payment");

    private ProjectionTables() {
    }
}
