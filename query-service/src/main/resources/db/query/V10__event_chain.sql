-- Tamper evidence: a SHA-256 hash chain over the write side's events in global-index order (see
-- cn.gov.ledger.query.audit.ChainLink). Unlike the facts this is not to be rebuilt with a projection
-- reset: rebuilding it from an altered event store would bless the alteration. Gaps in the global index
-- have no link; a link's predecessor is the previous chained event.
CREATE TABLE query.event_chain (
    position   BIGINT      PRIMARY KEY,
    event_id   TEXT        NOT NULL,
    hash       BYTEA       NOT NULL CHECK (length(hash) = 32),
    chained_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- The chain job's token: the last chained position and its hash, updated in the transaction that
-- appends the links. One row, locked by the job, so two nodes never extend the chain at once.
CREATE TABLE query.event_chain_head (
    singleton  BOOLEAN     PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    position   BIGINT      NOT NULL,
    hash       BYTEA       NOT NULL CHECK (length(hash) = 32),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
INSERT INTO query.event_chain_head (position, hash) VALUES (0, decode(repeat('00', 32), 'hex'));

-- Links are written once. The trigger stops a mistaken UPDATE or DELETE; it is no defence against
-- someone who can drop it, which is why the verifier also compares against the head an auditor noted.
CREATE FUNCTION query.event_chain_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'links of the event chain are never changed or removed';
END;
$$;

CREATE TRIGGER event_chain_append_only BEFORE UPDATE OR DELETE ON query.event_chain
    FOR EACH ROW EXECUTE FUNCTION query.event_chain_append_only();
