-- The query-service instances alive now: each writes its heartbeat here, so that every instance knows
-- how many share the projection's segments and can hand over its excess to a newcomer.
CREATE TABLE query.processor_node (
    node_id      TEXT PRIMARY KEY,
    started_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    heartbeat_at TIMESTAMPTZ NOT NULL
);
