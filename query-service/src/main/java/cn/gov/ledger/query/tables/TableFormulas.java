package cn.gov.ledger.query.tables;

import cn.gov.ledger.api.code.ExpenditureType;
import cn.gov.ledger.api.code.FundingSource;
import cn.gov.ledger.query.projection.FactKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A served table with every cell written as an exact signed sum of fact groups: what an auditor drills
 * into. Made by {@link CellFormulas} from the table's own definition.
 *
 * @param view       the table exactly as served for the request
 * @param recordedBy the recording-instant filter the table applied, or null when only the position bounds it
 * @param values     the exact fen of every served cell, in printed order
 * @param terms      the fact groups of every cell any group contributes to, with their coefficients
 */
public record TableFormulas(TableView view, Instant recordedBy, Map<CellId, Long> values,
                            Map<CellId, List<Term>> terms) {

    /** Exact fen of a cell; 0 for a row the table leaves out because it is all zero. */
    public long valueFen(CellId cell) {
        return values.getOrDefault(cell, 0L);
    }

    public List<Term> terms(CellId cell) {
        return terms.getOrDefault(cell, List.of());
    }

    /**
     * One cell. {@code side} tells the two halves of tables 01 and 04 apart (both have a grand_total
     * row); it is null in the other tables.
     */
    public record CellId(String side, String rowKey, String columnKey) {
    }

    /**
     * One group of facts (same kind, source, functional code, expenditure type and economic code), its
     * coefficient in the cell (+1 added, −1 subtracted, as a closing balance subtracts expenditure) and
     * the group's net amount in the table's slice.
     */
    public record Term(FactKind kind, FundingSource source, String functionalCode, ExpenditureType expenditureType,
                       String economicCode, long coefficient, long amountFen) {

        static Term of(CubeCell group, long coefficient) {
            return new Term(group.kind(), group.source(), group.functionalCode(), group.expenditureType(),
                    group.economicCode(), coefficient, group.amountFen());
        }

        /** What the term adds to the cell. */
        public long contributionFen() {
            return Math.multiplyExact(coefficient, amountFen);
        }
    }
}
