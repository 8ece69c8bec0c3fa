package cn.gov.ledger.query.slice;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The only writer of a slice's SQL conditions on {@code business_date}, {@code recorded_at} and
 * {@code position}, for query.fact and the record tables alike. Each method returns conditions joined by AND
 * on the columns of {@code alias} ("" or a table alias such as "f") and appends their arguments to
 * {@code args} in order. {@link Slice#counts} is the same rule in memory.
 */
public final class SliceConditions {

    private SliceConditions() {
    }

    /** The slice's facts: department, fiscal year, business date, recording time, position and unit. */
    public static String facts(String alias, Slice slice, List<Object> args) {
        return facts(alias, slice, slice.fiscalYear(), args);
    }

    /** As {@link #facts(String, Slice, List)} for the fiscal years from {@code fromYear} to the slice's. */
    public static String facts(String alias, Slice slice, int fromYear, List<Object> args) {
        String c = prefix(alias);
        StringBuilder sql = new StringBuilder(c).append("department = ? AND ");
        args.add(slice.department());
        if (fromYear == slice.fiscalYear()) {
            sql.append(c).append("fiscal_year = ?");
            args.add(slice.fiscalYear());
        } else {
            sql.append(c).append("fiscal_year BETWEEN ? AND ?");
            args.addAll(List.of(fromYear, slice.fiscalYear()));
        }
        sql.append(" AND ").append(dated(alias, slice, args));
        if (slice.unit() != null) {
            sql.append(" AND ").append(c).append("unit = ?");
            args.add(slice.unit());
        }
        return sql.toString();
    }

    /** The slice's facts with a position above {@code after}: what a cache does not hold yet. */
    public static String factsAfter(String alias, Slice slice, long after, List<Object> args) {
        String sql = facts(alias, slice, args);
        args.add(after);
        return sql + " AND " + prefix(alias) + "position > ?";
    }

    /** Dated on or before asOf and visible in the slice (a fact or a payment, of any department). */
    public static String dated(String alias, Slice slice, List<Object> args) {
        args.add(slice.asOf());
        return prefix(alias) + "business_date <= ? AND " + visible(alias, slice, args);
    }

    /** Recorded at or below the slice's position and, if it names one, by its knownAt (any fact or record). */
    public static String visible(String alias, Slice slice, List<Object> args) {
        return visible(alias, slice.position(), slice.knownAt(), args);
    }

    /** What another slice (with this position and knownAt) did not see: for a diff's later end. */
    public static String unseenBy(String alias, long position, Instant knownAt, List<Object> args) {
        return "NOT (" + visible(alias, position, knownAt, args) + ")";
    }

    /** Positions in (after, upTo]: how caches read a department-year's facts in steps. */
    public static String positions(String alias, long after, long upTo, List<Object> args) {
        args.addAll(List.of(after, upTo));
        return prefix(alias) + "position > ? AND " + prefix(alias) + "position <= ?";
    }

    private static String visible(String alias, long position, Instant knownAt, List<Object> args) {
        String c = prefix(alias);
        args.add(position);
        if (knownAt == null) {
            return c + "position <= ?";
        }
        args.add(Timestamp.from(knownAt));
        return c + "position <= ? AND " + c + "recorded_at <= ?";
    }

    private static String prefix(String alias) {
        return alias.isEmpty() ? "" : alias + ".";
    }
}
