package cn.gov.ledger.api.code;

/** A closing balance (年末结转和结余) by source and functional 项, carried into the next year as its opening balance. */
public record CarriedBalance(FundingSource source, FunctionalCode functionalCode, long amountFen) {
}
