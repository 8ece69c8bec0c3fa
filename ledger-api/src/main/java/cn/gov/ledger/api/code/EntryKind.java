package cn.gov.ledger.api.code;

/** What a ledger entry is; a reversal keeps the kind of the entry it negates. */
public enum EntryKind {
    APPROPRIATION, ADJUSTMENT, INCOME, EXPENDITURE
}
