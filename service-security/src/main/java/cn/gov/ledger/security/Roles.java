package cn.gov.ledger.security;

import java.util.List;

/** The office's roles; Spring Security sees them as authorities {@code ROLE_<name>}. */
public final class Roles {

    /** Posts income, expenditures, reversals and imports. */
    public static final String CLERK = "CLERK";
    /** Appropriates and adjusts budgets, closes years, writes the report's explanations. */
    public static final String BUDGET_OFFICER = "BUDGET_OFFICER";
    /** Reads the audit trail and any table as it stood at an earlier recording time or position. */
    public static final String AUDITOR = "AUDITOR";
    /** Publishes the final accounts. */
    public static final String PUBLISHER = "PUBLISHER";
    /** Registers departments and units, loads catalogues, rebuilds projections, reads metrics. */
    public static final String ADMIN = "ADMIN";

    public static final List<String> ALL = List.of(CLERK, BUDGET_OFFICER, AUDITOR, PUBLISHER, ADMIN);

    private Roles() {
    }
}
