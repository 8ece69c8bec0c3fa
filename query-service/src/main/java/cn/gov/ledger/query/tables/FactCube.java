package cn.gov.ledger.query.tables;

import cn.gov.ledger.query.projection.FactKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The aggregated facts of one slice; every table is computed from it in memory, exactly, in fen. */
record FactCube(List<CubeCell> cells) {

    /** Both cubes' cells; every table sums cells, so a key may appear in both. */
    FactCube plus(FactCube other) {
        List<CubeCell> both = new ArrayList<>(cells);
        both.addAll(other.cells);
        return new FactCube(both);
    }

    long sum(Predicate<CubeCell> filter) {
        long total = 0;
        for (CubeCell cell : cells) {
            if (filter.test(cell)) {
                total = Math.addExact(total, cell.amountFen());
            }
        }
        return total;
    }

    long sum(FactKind kind, Predicate<CubeCell> filter) {
        return sum(cell -> cell.is(kind) && filter.test(cell));
    }
}
