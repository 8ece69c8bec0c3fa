package cn.gov.ledger.query.projection;

/**
 * The projection's tables were replaced by a rebuilt generation; anything held from the old ones (the
 * in-memory fact cubes) must be dropped. Published while readers are held off.
 *
 * @param generation replacements since this node started
 */
public record TablesReplaced(long generation) {
}
