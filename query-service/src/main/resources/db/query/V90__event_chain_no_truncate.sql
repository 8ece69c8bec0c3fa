-- The chain is evidence, not a projection: no UPDATE, DELETE or TRUNCATE of its links, the owner
-- included, except through the maintenance path of docs/design.md (set_config('ledger.maintenance',
-- 'on', true) in the transaction). Replaces V10's trigger, which had no way past and let TRUNCATE through.
-- The same check as the event store's (ledger V10), kept here because this schema's migrations stand alone.
DROP TRIGGER event_chain_append_only ON query.event_chain;

CREATE OR REPLACE FUNCTION query.event_chain_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(current_setting('ledger.maintenance', true), '') = 'on' THEN
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        RETURN NEW;
    END IF;
    RAISE EXCEPTION '% on query.event_chain refused: it is append-only (see docs/design.md, maintenance)', TG_OP;
END;
$$;

CREATE TRIGGER event_chain_append_only BEFORE UPDATE OR DELETE ON query.event_chain
    FOR EACH ROW EXECUTE FUNCTION query.event_chain_append_only();
CREATE TRIGGER event_chain_no_truncate BEFORE TRUNCATE ON query.event_chain
    FOR EACH STATEMENT EXECUTE FUNCTION query.event_chain_append_only();
