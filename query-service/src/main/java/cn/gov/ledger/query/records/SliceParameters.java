package cn.gov.ledger.query.records;

/**
 * The tables' slice parameters as a figure request carries them, bound from the query string and parsed, with
 * every other field problem of the request, by {@code RecordsController}.
 */
record SliceParameters(String asOf, String knownAt, String position, String unit, String minPosition) {

    /** The same slice for the whole department: the counts are kept per department only. */
    SliceParameters wholeDepartment() {
        return new SliceParameters(asOf, knownAt, position, null, minPosition);
    }
}
