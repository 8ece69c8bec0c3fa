package cn.gov.ledger.api;

/** Metadata every event carries: who posted it, the command that made it and the client's idempotency key. */
public final class MetaDataKeys {

    public static final String ACTOR = "actor";
    public static final String COMMAND_ID = "commandId";
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";

    private MetaDataKeys() {
    }
}
