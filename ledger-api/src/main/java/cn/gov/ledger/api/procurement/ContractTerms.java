package cn.gov.ledger.api.procurement;

import cn.gov.ledger.api.code.FunctionalCode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Everything a contract says apart from who holds it and its number; a correction restates all of it.
 * {@code project} (a registered project name) and {@code functionalCode} (a 项) are optional links to what the
 * contract is paid from.
 */
public record ContractTerms(String unit, int fiscalYear, ProcurementCategory category, SupplierSize supplierSize,
                            long amountFen, LocalDate signedOn, String project, FunctionalCode functionalCode,
                            String memo) {

    public ContractTerms {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(supplierSize, "supplierSize");
        Objects.requireNonNull(signedOn, "signedOn");
        if (amountFen <= 0) {
            throw new IllegalArgumentException("a contract amount must be positive: " + amountFen);
        }
    }
}
