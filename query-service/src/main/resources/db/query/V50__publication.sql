-- What a department published for a year: the point of the ledger it froze (business date, recording
-- instant, event position), who published it and when, and the exact bytes served from then on. Like
-- the annotations these are not derived from the event store: a rebuild of the projection leaves them
-- alone. Rows are only ever inserted; a later publication of the same year supersedes an earlier one,
-- which stays (the triggers below make that a property of the tables).
CREATE TABLE query.publication (
    publication_id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    department     TEXT        NOT NULL,
    fiscal_year    INTEGER     NOT NULL,
    as_of          DATE        NOT NULL,
    known_at       TIMESTAMPTZ NOT NULL,
    position       BIGINT      NOT NULL,
    profile        VARCHAR(16) NOT NULL,
    note           TEXT,
    publisher      TEXT        NOT NULL,
    published_at   TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    -- the whole report as rendered (tables, 情况说明, charts): HTML, UTF-8
    report_html    BYTEA       NOT NULL,
    report_sha256  CHAR(64)    NOT NULL
);

CREATE INDEX publication_year_idx ON query.publication (department, fiscal_year, publication_id);

-- Each table as frozen: its JSON exactly as served (UTF-8) and the SHA-256 of those bytes.
CREATE TABLE query.publication_table (
    publication_id BIGINT     NOT NULL REFERENCES query.publication (publication_id),
    table_no       VARCHAR(2) NOT NULL,
    title          TEXT       NOT NULL,
    content        BYTEA      NOT NULL,
    sha256         CHAR(64)   NOT NULL,
    PRIMARY KEY (publication_id, table_no)
);

CREATE FUNCTION query.publication_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'publications are never changed or removed; publish a new one instead';
END;
$$;

CREATE TRIGGER publication_append_only BEFORE UPDATE OR DELETE ON query.publication
    FOR EACH ROW EXECUTE FUNCTION query.publication_append_only();

CREATE TRIGGER publication_table_append_only BEFORE UPDATE OR DELETE ON query.publication_table
    FOR EACH ROW EXECUTE FUNCTION query.publication_append_only();
