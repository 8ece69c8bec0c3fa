-- The event store is evidence: events are appended, never changed or removed, whoever is connected,
-- the owner included. The one way past is the documented maintenance path (docs/design.md): a
-- transaction that first runs SELECT set_config('ledger.maintenance', 'on', true).
CREATE FUNCTION refuse_unless_maintenance() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(current_setting('ledger.maintenance', true), '') = 'on' THEN
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        RETURN NEW;
    END IF;
    RAISE EXCEPTION '% on %.% refused: it is append-only (see docs/design.md, maintenance)',
        TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME;
END;
$$;

CREATE TRIGGER domain_event_entry_append_only BEFORE UPDATE OR DELETE ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_unless_maintenance();
CREATE TRIGGER domain_event_entry_no_truncate BEFORE TRUNCATE ON domain_event_entry
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_unless_maintenance();
