package cn.gov.ledger.service.imports;

import cn.gov.ledger.api.code.EntryKind;
import cn.gov.ledger.security.CurrentActor;
import cn.gov.ledger.security.Roles;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which rows of an import the current user may post: an import is the same postings as the single endpoints,
 * so budget rows (appropriations, adjustments) need the BUDGET_OFFICER role and income and expenditure rows
 * the CLERK role, as they do one at a time. The batch endpoint applies the same rule to each of its entries.
 */
public final class RowRoles {

    private RowRoles() {
    }

    public static Set<EntryKind> permitted() {
        Set<EntryKind> kinds = EnumSet.noneOf(EntryKind.class);
        if (CurrentActor.hasRole(Roles.BUDGET_OFFICER)) {
            kinds.addAll(EnumSet.of(EntryKind.APPROPRIATION, EntryKind.ADJUSTMENT));
        }
        if (CurrentActor.hasRole(Roles.CLERK)) {
            kinds.addAll(EnumSet.of(EntryKind.INCOME, EntryKind.EXPENDITURE));
        }
        return kinds;
    }

    public static String role(EntryKind kind) {
        return kind == EntryKind.APPROPRIATION || kind == EntryKind.ADJUSTMENT ? Roles.BUDGET_OFFICER : Roles.CLERK;
    }
}
