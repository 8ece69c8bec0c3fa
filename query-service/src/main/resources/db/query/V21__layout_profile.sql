-- Which region's numbering a department's report is printed in (CENTRAL when it has no row here).
-- A setting, not derived from the event store: a reset of the projection must leave it alone.
CREATE TABLE query.layout_profile (
    department TEXT        PRIMARY KEY,
    profile    VARCHAR(16) NOT NULL,
    set_by     TEXT        NOT NULL,
    set_at     TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
