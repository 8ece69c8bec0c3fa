-- What only people know (projects, procurement contracts, performance self-evaluation, dated counts), as the
-- ledger recorded it: one row per event, never updated, each with its author (the event's actor), its recording
-- time and its global position. A correction is a later row that names (supersedes) or restates the earlier one,
-- so the records in force at any knownAt / position are a query away, as the tables' facts are.
-- Derived from the event store, so a rebuild replaces them (ProjectionTables.ALL); rows are keyed by the
-- record's own id, which makes a redelivered event harmless.

CREATE TABLE query.project (
    project_id           TEXT        PRIMARY KEY,
    department           TEXT        NOT NULL,
    name                 TEXT        NOT NULL,
    project_type         VARCHAR(16) NOT NULL,
    continuing           BOOLEAN     NOT NULL,
    category             VARCHAR(24) NOT NULL,
    -- unit codes, one per line (plain text: rows compare by value, which a rebuild's check relies on)
    units                TEXT        NOT NULL,
    competent_department TEXT,
    implemented_by       TEXT,
    event_id             TEXT        NOT NULL,
    position             BIGINT      NOT NULL,
    recorded_at          TIMESTAMPTZ NOT NULL,
    actor                TEXT
);
CREATE INDEX project_department_idx ON query.project (department, name);

-- Every version of a contract: RECORDED, CORRECTED (the whole terms again) or WITHDRAWN (no terms).
CREATE TABLE query.procurement_contract (
    event_id        TEXT        PRIMARY KEY,
    contract_id     TEXT        NOT NULL,
    department      TEXT        NOT NULL,
    contract_no     TEXT        NOT NULL,
    change          VARCHAR(12) NOT NULL,
    unit            TEXT,
    fiscal_year     INTEGER,
    category        VARCHAR(16),
    supplier_size   VARCHAR(16),
    amount_fen      BIGINT,
    signed_on       DATE,
    project         TEXT,
    functional_code VARCHAR(7),
    memo            TEXT,
    reason          TEXT,
    position        BIGINT      NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL,
    actor           TEXT
);
CREATE INDEX procurement_contract_department_idx ON query.procurement_contract (department, contract_id, position);

-- row_order is the position of the first record of the row, so a correction keeps the row where it was printed.
CREATE TABLE query.performance_indicator (
    indicator_id  TEXT        PRIMARY KEY,
    evaluation_id TEXT        NOT NULL,
    department    TEXT        NOT NULL,
    fiscal_year   INTEGER     NOT NULL,
    project       TEXT,
    goal          TEXT,
    level1        VARCHAR(16) NOT NULL,
    level2        TEXT,
    level3        TEXT,
    target        TEXT,
    actual        TEXT,
    reported_on   DATE,
    supersedes    TEXT,
    row_order     BIGINT      NOT NULL,
    event_id      TEXT        NOT NULL,
    position      BIGINT      NOT NULL,
    recorded_at   TIMESTAMPTZ NOT NULL,
    actor         TEXT
);
CREATE INDEX performance_indicator_year_idx ON query.performance_indicator (department, fiscal_year, row_order);

CREATE TABLE query.performance_analysis (
    analysis_id        TEXT        PRIMARY KEY,
    evaluation_id      TEXT        NOT NULL,
    department         TEXT        NOT NULL,
    fiscal_year        INTEGER     NOT NULL,
    project            TEXT,
    deviation_analysis TEXT,
    improvements       TEXT,
    reported_on        DATE,
    supersedes         TEXT,
    event_id           TEXT        NOT NULL,
    position           BIGINT      NOT NULL,
    recorded_at        TIMESTAMPTZ NOT NULL,
    actor              TEXT
);
CREATE INDEX performance_analysis_year_idx ON query.performance_analysis (department, fiscal_year);

CREATE TABLE query.statistic (
    statistic_id TEXT        PRIMARY KEY,
    department   TEXT        NOT NULL,
    kind         VARCHAR(64) NOT NULL,
    as_of        DATE        NOT NULL,
    value        BIGINT      NOT NULL,
    note         TEXT,
    supersedes   TEXT,
    event_id     TEXT        NOT NULL,
    position     BIGINT      NOT NULL,
    recorded_at  TIMESTAMPTZ NOT NULL,
    actor        TEXT
);
CREATE INDEX statistic_department_idx ON query.statistic (department, kind, as_of);
