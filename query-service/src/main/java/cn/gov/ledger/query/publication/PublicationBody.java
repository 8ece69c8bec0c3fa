package cn.gov.ledger.query.publication;

/**
 * The optional body of a publish request; every field may be left out.
 *
 * @param asOf    business date, an ISO date inside the fiscal year; default 31 December
 * @param knownAt recording instant, not in the future; default now
 * @param profile layout profile the report is printed in; default the department's own
 * @param note    why this publication was made (a first publication, a correction), at most 2000 characters
 */
record PublicationBody(String asOf, String knownAt, String profile, String note) {

    static final PublicationBody NONE = new PublicationBody(null, null, null, null);
}
