-- A rebuild builds the next generation of the projection tables in this schema, out of readers' sight,
-- and moves them into schema query in one transaction once they are complete (see package rebuild).
CREATE SCHEMA IF NOT EXISTS query_next;

-- Every rebuild started: the operating record of when the read side was rebuilt and how it went.
-- events_done is the global index reached, events_total the event store's head when last looked at.
CREATE TABLE query.rebuild_run (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    state             VARCHAR(16)      NOT NULL,
    phase             VARCHAR(16)      NOT NULL,
    hold              BOOLEAN          NOT NULL,
    events_done       BIGINT           NOT NULL DEFAULT 0,
    events_total      BIGINT           NOT NULL DEFAULT 0,
    events_read       BIGINT           NOT NULL DEFAULT 0,
    events_per_second DOUBLE PRECISION NOT NULL DEFAULT 0,
    started_at        TIMESTAMPTZ      NOT NULL,
    switched_at       TIMESTAMPTZ,
    finished_at       TIMESTAMPTZ,
    failure           TEXT
);

-- One rebuild at a time, also when two nodes are asked at once.
CREATE UNIQUE INDEX rebuild_run_one_running ON query.rebuild_run ((true)) WHERE state = 'RUNNING';
