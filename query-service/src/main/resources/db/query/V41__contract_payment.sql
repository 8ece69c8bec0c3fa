-- Payments that name a procurement contract (ExpenditureRecorded.contractNo), and reversals of them, so a contract
-- shows what has been paid on it at any knownAt / position. Derived from the event store: rebuilt with the rest.
CREATE TABLE query.contract_payment (
    event_id      TEXT        PRIMARY KEY,
    entry_id      TEXT        NOT NULL,
    department    TEXT        NOT NULL,
    contract_no   TEXT        NOT NULL,
    fiscal_year   INTEGER     NOT NULL,
    amount_fen    BIGINT      NOT NULL,
    business_date DATE        NOT NULL,
    position      BIGINT      NOT NULL,
    recorded_at   TIMESTAMPTZ NOT NULL,
    actor         TEXT
);
CREATE INDEX contract_payment_contract_idx ON query.contract_payment (department, contract_no);
CREATE INDEX contract_payment_entry_idx ON query.contract_payment (entry_id);
