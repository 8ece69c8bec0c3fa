-- The write side's own lookup tables. They are updated by subscribing event handlers in the same
-- transaction as the events they follow, so they never disagree with the event store.

CREATE TABLE department (
    code          VARCHAR(32)  PRIMARY KEY,
    name          VARCHAR(200) NOT NULL
);

CREATE TABLE unit (
    department    VARCHAR(32)  NOT NULL REFERENCES department (code),
    code          VARCHAR(32)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    unit_type     VARCHAR(32)  NOT NULL,
    PRIMARY KEY (department, code)
);

-- Balances carried in from the previous year's close (年初结转和结余).
CREATE TABLE opening_balance (
    department      VARCHAR(32)  NOT NULL,
    unit            VARCHAR(32)  NOT NULL,
    fiscal_year     INTEGER      NOT NULL,
    source          VARCHAR(32)  NOT NULL,
    functional_code VARCHAR(7)   NOT NULL,
    amount_fen      BIGINT       NOT NULL,
    PRIMARY KEY (department, unit, fiscal_year, source, functional_code)
);

CREATE TABLE closed_year (
    department    VARCHAR(32)  NOT NULL,
    unit          VARCHAR(32)  NOT NULL,
    fiscal_year   INTEGER      NOT NULL,
    PRIMARY KEY (department, unit, fiscal_year)
);

-- What each budget line holds now: the budget-control figures a clerk sees before posting.
CREATE TABLE budget_line (
    line_id          VARCHAR(64)  PRIMARY KEY,
    department       VARCHAR(32)  NOT NULL,
    unit             VARCHAR(32)  NOT NULL,
    fiscal_year      INTEGER      NOT NULL,
    functional_code  VARCHAR(7)   NOT NULL,
    source           VARCHAR(32)  NOT NULL,
    expenditure_type VARCHAR(32)  NOT NULL,
    project          VARCHAR(200),
    economic_code    VARCHAR(5),
    budget_fen       BIGINT       NOT NULL,
    spent_fen        BIGINT       NOT NULL
);
CREATE INDEX budget_line_unit_year_idx ON budget_line (department, unit, fiscal_year);

-- Every entry, so a reversal finds the aggregate that holds it and a year close can sum balances.
CREATE TABLE ledger_entry (
    entry_id         VARCHAR(64)  PRIMARY KEY,
    aggregate_id     VARCHAR(64)  NOT NULL,
    kind             VARCHAR(16)  NOT NULL,
    department       VARCHAR(32)  NOT NULL,
    unit             VARCHAR(32)  NOT NULL,
    fiscal_year      INTEGER      NOT NULL,
    source           VARCHAR(32)  NOT NULL,
    functional_code  VARCHAR(7)   NOT NULL,
    economic_code    VARCHAR(5),
    amount_fen       BIGINT       NOT NULL,
    business_date    DATE         NOT NULL,
    reversal_of      VARCHAR(64),
    reversed_by      VARCHAR(64),
    position         BIGINT       NOT NULL
);
CREATE INDEX ledger_entry_unit_year_idx ON ledger_entry (department, unit, fiscal_year);

-- Idempotency keys, kept durably and written in the same transaction as the posting they guard.
CREATE TABLE idempotency_record (
    idempotency_key  VARCHAR(200) PRIMARY KEY,
    request_hash     VARCHAR(64)  NOT NULL,
    response_status  INTEGER      NOT NULL,
    response_body    TEXT         NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- The catalogues in force, per fiscal year; every load is also an event (CatalogueLoaded).
CREATE TABLE catalogue_item (
    scheme           VARCHAR(16)  NOT NULL,
    fiscal_year      INTEGER      NOT NULL,
    code             VARCHAR(7)   NOT NULL,
    name             VARCHAR(200) NOT NULL,
    level            VARCHAR(8)   NOT NULL,
    parent           VARCHAR(7),
    PRIMARY KEY (scheme, fiscal_year, code)
);
