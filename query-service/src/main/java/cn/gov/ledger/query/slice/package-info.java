/**
 * The point in time every answer of the read side is given for: a department-year (or one unit) as of a
 * business date ({@code asOf}), a recording instant ({@code knownAt}) and an event position.
 *
 * <p>{@link cn.gov.ledger.query.slice.SliceParameters} binds the query parameters and
 * {@link cn.gov.ledger.query.slice.SliceRequest} validates them (400 problems by field);
 * {@link cn.gov.ledger.query.slice.SliceResolver} waits for the projection ({@code minPosition}), checks that
 * the department-year exists (404) and fixes the position into a {@link cn.gov.ledger.query.slice.Slice},
 * which holds the one rule for a missing knownAt; {@link cn.gov.ledger.query.slice.SliceConditions} is the only
 * writer of the slice's SQL conditions. The package lies beneath every feature that answers for a point in
 * time (tables, records, report, audit, execution, console) and depends on none of them.
 */
package cn.gov.ledger.query.slice;
