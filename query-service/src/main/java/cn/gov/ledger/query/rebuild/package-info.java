/**
 * Rebuilding every projection table from the event store while the old tables keep serving.
 *
 * <p>A rebuild replays the whole ledger, in global-index order, into empty copies of the projection tables in
 * schema {@code query_next}: a first pass reads the event table in large pages with plain JDBC, into the very
 * messages and tokens the live processor's storage engine makes, and the passes after it read through that
 * engine. The projection's own handlers do the mapping, facts are copied in bulk and indexed once loaded, and
 * the payloads are deserialized on every core while one thread writes. It catches up until little is left, optionally waits there for an
 * administrator (hold), and then switches: with this node's table requests held off, it pauses the live
 * processor, replays until its token covers every segment's token, and in one transaction drops the old
 * tables, moves the new ones into schema {@code query} under their old names (keys, indexes and sequence
 * ownership included) and sets every segment's token to its own; the fact cache is emptied and the
 * processor resumes where the replay stopped. Until that transaction commits nothing a reader sees has
 * changed; a failed or cancelled rebuild only drops its copies. One rebuild runs at a time and each is
 * recorded in {@code query.rebuild_run}; the switch refuses to go ahead while another node holds a segment.
 */
package cn.gov.ledger.query.rebuild;
