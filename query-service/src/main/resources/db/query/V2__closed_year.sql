-- A closed year opens the next one even when nothing is carried over: the tables of that next year
-- exist (all zero) from the moment the close is recorded, rather than answering 404 until the first posting.
CREATE TABLE query.closed_year (
    department  TEXT    NOT NULL,
    unit        TEXT    NOT NULL,
    fiscal_year INTEGER NOT NULL,
    position    BIGINT  NOT NULL,
    PRIMARY KEY (department, unit, fiscal_year)
);
