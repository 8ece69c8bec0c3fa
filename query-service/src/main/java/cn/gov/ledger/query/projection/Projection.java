package cn.gov.ledger.query.projection;

/** Names shared by the projection and whoever reports on its progress. */
public final class Projection {

    /**
     * One processor for facts and reference data alike, so "the projection has processed position N"
     * is a single statement that covers every table this service serves.
     */
    public static final String PROCESSING_GROUP = "facts";

    private Projection() {
    }
}
