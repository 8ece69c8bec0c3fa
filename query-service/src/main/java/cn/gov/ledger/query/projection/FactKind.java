package cn.gov.ledger.query.projection;

/** What a fact counts as; an entry's reversal keeps the entry's kind. */
public enum FactKind {
    /** 预算批复: budget put on a line (table 09's 预算数, with adjustments). */
    APPROPRIATION,
    /** 追加/追减: a signed change to a line's budget. */
    ADJUSTMENT,
    /** 收入: money received, by source and functional code (tables 01, 02, 04, 07). */
    INCOME,
    /** 支出: a payment, with its expenditure type and own economic code (tables 01, 03–09). */
    EXPENDITURE,
    /** 年初结转和结余: a balance carried in from the closing of the previous year. */
    OPENING_BALANCE
}
