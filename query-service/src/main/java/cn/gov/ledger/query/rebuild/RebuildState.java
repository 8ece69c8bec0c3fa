package cn.gov.ledger.query.rebuild;

/** How a rebuild stands; only RUNNING changes. */
public enum RebuildState {
    RUNNING,
    /** The rebuilt tables are the live ones. */
    SWITCHED,
    /** Something went wrong; the old tables were never touched. */
    FAILED,
    /** An administrator stopped it before the switch; the old tables were never touched. */
    CANCELLED
}
