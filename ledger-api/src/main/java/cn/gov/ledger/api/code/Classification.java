package cn.gov.ledger.api.code;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * Everything that classifies a posting. For a budget line it is the line's identity (the economic code
 * is present only for lines kept per economic code, such as the 三公 budget); for an expenditure the
 * economic code is the expenditure's own; for income only unit, year, source and functional code count.
 */
public record Classification(String department, String unit, int fiscalYear, FundingSource source,
                             FunctionalCode functionalCode, ExpenditureType expenditureType, String project,
                             EconomicCode economicCode) {

    public Classification {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(functionalCode, "functionalCode");
    }

    public static Classification income(String department, String unit, int fiscalYear, FundingSource source,
                                        FunctionalCode functionalCode) {
        return new Classification(department, unit, fiscalYear, source, functionalCode, null, null, null);
    }

    public Classification withEconomicCode(EconomicCode code) {
        return new Classification(department, unit, fiscalYear, source, functionalCode, expenditureType, project, code);
    }

    /** The budget line this classification identifies: stable, so the same line fields always reach the same aggregate. */
    public String budgetLineId() {
        return "line-" + nameUuid(String.join("|", "LINE", department, unit, String.valueOf(fiscalYear),
                source.name(), functionalCode.value(), String.valueOf(expenditureType), Objects.toString(project, ""),
                economicCode == null ? "" : economicCode.value()));
    }

    /** The income account (unit, year, source, functional code) income of this classification is kept on. */
    public String incomeAccountId() {
        return "income-" + nameUuid(String.join("|", "INCOME", department, unit, String.valueOf(fiscalYear),
                source.name(), functionalCode.value()));
    }

    private static UUID nameUuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
