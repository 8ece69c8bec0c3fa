package cn.gov.ledger.query.tables;

import java.time.Instant;

/**
 * A request's slice once fixed, as a table is built from it.
 *
 * @param departmentName the registered name, or null for a department known only from its facts
 * @param position       the event position the answer reflects
 * @param knownAt        the recording instant to report (now when the request named none)
 * @param recordedBy     the recording filter: {@code knownAt}, or "everything" when the request named none
 * @param settled        the projection's settled position (see {@code Progress#settled})
 */
public record FixedSlice(String departmentName, long position, Instant knownAt, Instant recordedBy, long settled) {
}
