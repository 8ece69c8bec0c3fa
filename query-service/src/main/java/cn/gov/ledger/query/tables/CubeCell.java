package cn.gov.ledger.query.tables;

import cn.gov.ledger.api.code.ExpenditureType;
import cn.gov.ledger.api.code.FundingSource;
import cn.gov.ledger.query.projection.FactKind;

/** The exact fen sum of the facts sharing one kind, source, functional code, expenditure type and economic code. */
record CubeCell(FactKind kind, FundingSource source, String functionalCode, ExpenditureType expenditureType,
                String economicCode, long amountFen) {

    boolean is(FactKind wanted) {
        return kind == wanted;
    }

    CubeCell withAmount(long fen) {
        return new CubeCell(kind, source, functionalCode, expenditureType, economicCode, fen);
    }

    boolean fiscal() {
        return source.isFiscalAppropriation();
    }
}
