-- The read side's own schema. Everything here is derived from the event store and can be rebuilt
-- by resetting the processor, but nothing is ever updated in place: facts are appended, and a
-- table "as of" some moment is a query over them, not a rebuild.

-- Axon's token store. BYTEA (not OID large objects): tokens stay ordinary row data, so they commit
-- and vacuum together with the projection rows written in the same transaction.
CREATE TABLE query.token_entry (
    processor_name VARCHAR(255) NOT NULL,
    segment        INTEGER      NOT NULL,
    token          BYTEA,
    token_type     VARCHAR(255),
    timestamp      VARCHAR(255),
    owner          VARCHAR(255),
    PRIMARY KEY (processor_name, segment)
);

CREATE SEQUENCE query.fact_seq START WITH 1 INCREMENT BY 1 CACHE 50;

-- One row per ledger posting, reversal or carried balance. Free-text identifiers are TEXT so an
-- unexpectedly long id from the write side can never stop the projection; codes have the length
-- the contract validates.
CREATE TABLE query.fact (
    fact_id          BIGINT      NOT NULL DEFAULT nextval('query.fact_seq') PRIMARY KEY,
    position         BIGINT      NOT NULL,
    event_id         TEXT        NOT NULL,
    row_no           INTEGER     NOT NULL,
    entry_id         TEXT,
    reversal_of      TEXT,
    kind             VARCHAR(16) NOT NULL,
    department       TEXT        NOT NULL,
    unit             TEXT        NOT NULL,
    fiscal_year      INTEGER     NOT NULL,
    source           VARCHAR(32) NOT NULL,
    functional_code  VARCHAR(7)  NOT NULL,
    expenditure_type VARCHAR(32),
    project          TEXT,
    economic_code    VARCHAR(5),
    line_id          TEXT,
    amount_fen       BIGINT      NOT NULL,
    business_date    DATE        NOT NULL,
    recorded_at      TIMESTAMPTZ NOT NULL,
    actor            TEXT,
    -- Redelivery of an event (a retried batch, a stolen segment) inserts nothing twice.
    CONSTRAINT fact_event_row_key UNIQUE (event_id, row_no)
);
ALTER SEQUENCE query.fact_seq OWNED BY query.fact.fact_id;

-- Every table is one GROUP BY over one department and year. The key leads with those two, and the
-- INCLUDE list carries every column the report query filters or groups on, so PostgreSQL answers
-- from the index alone (index-only scan; the table is append-only, so the visibility map stays set).
CREATE INDEX fact_report_idx ON query.fact (department, fiscal_year, kind)
    INCLUDE (unit, business_date, recorded_at, position, source, functional_code, expenditure_type,
             economic_code, amount_fen);
-- Auditors' drill-down from an entry to its reversal.
CREATE INDEX fact_entry_idx ON query.fact (entry_id);
CREATE INDEX fact_reversal_idx ON query.fact (reversal_of) WHERE reversal_of IS NOT NULL;

-- Reference data. "position" is the global index of the event that last wrote the row: segments
-- run in parallel, so a later event may arrive first and an older one must not overwrite it.
CREATE TABLE query.department (
    code     TEXT   PRIMARY KEY,
    name     TEXT   NOT NULL,
    position BIGINT NOT NULL
);

CREATE TABLE query.unit (
    department TEXT        NOT NULL,
    code       TEXT        NOT NULL,
    name       TEXT        NOT NULL,
    unit_type  VARCHAR(32),
    position   BIGINT      NOT NULL,
    PRIMARY KEY (department, code)
);

CREATE TABLE query.catalogue_load (
    fiscal_year INTEGER     NOT NULL,
    scheme      VARCHAR(16) NOT NULL,
    source_name TEXT,
    position    BIGINT      NOT NULL,
    PRIMARY KEY (fiscal_year, scheme)
);

CREATE TABLE query.catalogue_item (
    fiscal_year INTEGER     NOT NULL,
    scheme      VARCHAR(16) NOT NULL,
    code        VARCHAR(7)  NOT NULL,
    name        TEXT        NOT NULL,
    level       VARCHAR(8),
    parent      VARCHAR(7),
    PRIMARY KEY (scheme, code, fiscal_year)
);
