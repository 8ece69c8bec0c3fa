package cn.gov.ledger.query.records;

import cn.gov.ledger.api.procurement.ProcurementCategory;
import cn.gov.ledger.api.procurement.SupplierSize;
import cn.gov.ledger.query.slice.Slice;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/**
 * 政府采购支出 (section 十一) from the contracts in force: the total, by category, what went to 中小企业 and,
 * of that, to 小微企业. Shares have one decimal, from the printed 万元 figures. Each contract names who
 * entered it and when.
 */
public record ProcurementSummary(String department, int fiscalYear, LocalDate asOf, Instant knownAt, long position,
                                 String total, List<Category> categories, String sme, String smeShare,
                                 String smallMicro, String smallMicroShare, List<ContractRecord> contracts) {

    /** One category: its total, the SME part and the SME share of it. */
    public record Category(String category, String label, String amount, String sme, String smeShare) {
    }

    static ProcurementSummary of(Slice s, List<ContractRecord> contracts) {
        long total = fen(contracts, c -> true);
        long sme = fen(contracts, ProcurementSummary::sme);
        long smallMicro = fen(contracts, c -> SupplierSize.valueOf(c.supplierSize()).isSmallOrMicro());
        List<Category> categories = List.of(ProcurementCategory.values()).stream().map(category -> {
            Predicate<ContractRecord> of = c -> c.category().equals(category.name());
            long amount = fen(contracts, of);
            long smePart = fen(contracts, of.and(ProcurementSummary::sme));
            return new Category(category.name(), category.label(), Wan.of(amount), Wan.of(smePart),
                    Wan.share(smePart, amount, 1));
        }).toList();
        return new ProcurementSummary(s.department(), s.fiscalYear(), s.asOf(), s.fixedAt(), s.position(),
                Wan.of(total), categories, Wan.of(sme), Wan.share(sme, total, 1), Wan.of(smallMicro),
                Wan.share(smallMicro, sme, 1), contracts);
    }

    public Category category(ProcurementCategory category) {
        return categories.stream().filter(c -> c.category().equals(category.name())).findFirst().orElseThrow();
    }

    private static boolean sme(ContractRecord c) {
        return SupplierSize.valueOf(c.supplierSize()).isSme();
    }

    private static long fen(List<ContractRecord> contracts, Predicate<ContractRecord> which) {
        return contracts.stream().filter(which).mapToLong(ContractRecord::amountFen).reduce(0, Math::addExact);
    }
}
