-- Least privilege: the group roles the services' runtime logins are made members of (GRANT ledger_writer
-- TO <ledger login>; GRANT ledger_reader TO <query login>). Flyway runs as the owner; the ledger's role
-- may only INSERT and SELECT the event store, the query side's only SELECT it. Skipped with a notice
-- where the owner may not create roles (an operator then creates them and runs these grants).
DO $$
BEGIN
    IF NOT (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user)
            AND (SELECT count(*) FROM pg_roles WHERE rolname IN ('ledger_writer', 'ledger_reader')) < 2 THEN
        RAISE NOTICE 'roles ledger_writer and ledger_reader not created: % may not create roles', current_user;
        RETURN;
    END IF;
    BEGIN
        CREATE ROLE ledger_writer NOLOGIN;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END;
    BEGIN
        CREATE ROLE ledger_reader NOLOGIN;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END;
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ledger_writer;
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ledger_writer;
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ledger_writer;
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ledger_writer;
    REVOKE UPDATE, DELETE, TRUNCATE ON domain_event_entry FROM ledger_writer;
    GRANT SELECT ON domain_event_entry, snapshot_event_entry TO ledger_reader;
END;
$$;
