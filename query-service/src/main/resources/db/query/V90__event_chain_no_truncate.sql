-- The chain is evidence, not a projection: no UPDATE, DELETE or TRUNCATE of its links, the owner
-- included, except through the maintenance path of docs/design.md. The check is the event store's own
-- (public.refuse_unless_maintenance, ledger migration V10, applied before the read side starts); it
-- replaces V10's trigger here, which had no way past and let TRUNCATE through.
DROP TRIGGER event_chain_append_only ON query.event_chain;
DROP FUNCTION query.event_chain_append_only();

CREATE TRIGGER event_chain_append_only BEFORE UPDATE OR DELETE ON query.event_chain
    FOR EACH ROW EXECUTE FUNCTION public.refuse_unless_maintenance();
CREATE TRIGGER event_chain_no_truncate BEFORE TRUNCATE ON query.event_chain
    FOR EACH STATEMENT EXECUTE FUNCTION public.refuse_unless_maintenance();
