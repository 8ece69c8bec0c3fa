-- The query side's role (ledger_reader, ledger migration V11) may append to the hash chain and read it,
-- never UPDATE, DELETE or TRUNCATE it; it reads the event store and nothing more there.
DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'ledger_reader') THEN
        GRANT USAGE ON SCHEMA query TO ledger_reader;
        GRANT SELECT, INSERT ON query.event_chain TO ledger_reader;
        GRANT SELECT, UPDATE ON query.event_chain_head TO ledger_reader;
    END IF;
END;
$$;
